import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findLiveKitServerBinary, findRepoRoot } from "./binary.ts";

let dir: string;

function executable(path: string): string {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, "#!/bin/sh\n");
  chmodSync(path, 0o755);
  return path;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "pavilion-lk-bin-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("findLiveKitServerBinary", () => {
  it("prefers the explicit path", () => {
    const bin = executable(join(dir, "custom", "lk"));
    expect(findLiveKitServerBinary({ explicitPath: bin, from: dir })).toBe(bin);
  });

  it("fails loudly when the explicit path is not executable", () => {
    expect(() => findLiveKitServerBinary({ explicitPath: join(dir, "missing") })).toThrow(
      /LIVEKIT_SERVER_BIN/,
    );
  });

  it("finds .tools/bin/server under the repository root from a nested directory", () => {
    writeFileSync(join(dir, "pnpm-workspace.yaml"), "packages: []\n");
    const bin = executable(join(dir, ".tools", "bin", "server"));
    const nested = join(dir, "packages", "x", "src");
    mkdirSync(nested, { recursive: true });
    expect(findRepoRoot(nested)).toBe(dir);
    expect(findLiveKitServerBinary({ explicitPath: undefined, from: nested, searchPath: "" })).toBe(bin);
  });

  it("falls back to livekit-server on PATH, and to null when there is none", () => {
    const bin = executable(join(dir, "bin", "livekit-server"));
    const options = { explicitPath: undefined, from: tmpdir() };
    expect(findLiveKitServerBinary({ ...options, searchPath: join(dir, "bin") })).toBe(bin);
    expect(findLiveKitServerBinary({ ...options, searchPath: join(dir, "nothing") })).toBeNull();
  });
});
