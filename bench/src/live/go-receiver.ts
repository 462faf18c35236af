/**
 * Builds the chat receivers' program (bench/go-receiver, Go + LiveKit's server-sdk-go) into
 * .tools/bin. `go build` rebuilds only when a source changed and otherwise leaves the binary
 * alone, so this runs on every bench: a stale receiver cannot be measured by mistake.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export function goReceiverBinary(repoRoot: string): string {
  return path.join(repoRoot, ".tools/bin/pavilion-chat-receiver");
}

/** Builds the receiver (once, then when stale); throws when Go is missing or the build fails. */
export function buildGoReceiver(repoRoot: string): string {
  const binary = goReceiverBinary(repoRoot);
  try {
    execFileSync("go", ["build", "-o", binary, "."], {
      cwd: path.join(repoRoot, "bench/go-receiver"),
      stdio: ["ignore", "inherit", "inherit"],
    });
  } catch (error) {
    throw new Error(
      `could not build bench/go-receiver (Go ${goVersion(repoRoot)} needed, with the Go module proxy): ${String(error)}`,
    );
  }
  return binary;
}

/** The Go toolchain and the LiveKit SDK version the receivers are built with. */
export function goReceiverVersions(repoRoot: string): { go: string; serverSdkGo: string } {
  const goMod = readFileSync(path.join(repoRoot, "bench/go-receiver/go.mod"), "utf8");
  const sdk = /github\.com\/livekit\/server-sdk-go\/v2 (\S+)/.exec(goMod)?.[1] ?? "unknown";
  return { go: goVersion(repoRoot), serverSdkGo: sdk };
}

function goVersion(repoRoot: string): string {
  try {
    return execFileSync("go", ["env", "GOVERSION"], { cwd: repoRoot, encoding: "utf8" }).trim();
  } catch {
    return "go (not found)";
  }
}
