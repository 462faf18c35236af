import { accessSync, constants, existsSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";

/** The name `go install github.com/livekit/livekit-server/cmd/server` gives the binary. */
const REPO_BINARY = join(".tools", "bin", "server");
const PATH_BINARY = "livekit-server";

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The nearest directory at or above `from` that holds pnpm-workspace.yaml, or null. */
export function findRepoRoot(from: string = import.meta.dirname): string | null {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

export type FindBinaryOptions = {
  /** An explicit path; when given it must be executable (defaults to env LIVEKIT_SERVER_BIN). */
  explicitPath?: string | undefined;
  /** Where to start looking for the repository root. */
  from?: string;
  /** The PATH to search last. */
  searchPath?: string | undefined;
};

/**
 * Finds the LiveKit server: LIVEKIT_SERVER_BIN, else .tools/bin/server in the repository,
 * else livekit-server on PATH; null when none is installed.
 */
export function findLiveKitServerBinary(options: FindBinaryOptions = {}): string | null {
  const explicit = "explicitPath" in options ? options.explicitPath : process.env.LIVEKIT_SERVER_BIN;
  if (explicit) {
    // A path someone set on purpose and got wrong should be loud, not silently replaced.
    if (!isExecutable(explicit)) throw new Error(`LIVEKIT_SERVER_BIN is not an executable file: ${explicit}`);
    return resolve(explicit);
  }
  const root = findRepoRoot(options.from);
  if (root && isExecutable(join(root, REPO_BINARY))) return join(root, REPO_BINARY);
  const searchPath = "searchPath" in options ? options.searchPath : process.env.PATH;
  for (const dir of (searchPath ?? "").split(delimiter)) {
    if (dir && isExecutable(join(dir, PATH_BINARY))) return join(dir, PATH_BINARY);
  }
  return null;
}
