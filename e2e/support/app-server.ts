/** Runs the built app (apps/server) as a child process, the way `pnpm start` would. */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export type AppServerOptions = {
  repoRoot: string;
  port: number;
  dataDir: string;
  logFile: string;
  smtpUrl?: string;
  /** More environment for the app (say, an external LiveKit's LIVEKIT_URL, key and secret). */
  env?: Readonly<Record<string, string>>;
  readyTimeoutMs: number;
};

export type AppServer = { baseUrl: string; stop(): Promise<void> };

/** Starts `node apps/server/src/main.ts` and resolves once GET /health/ready answers 200. */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const publicUrl = `http://localhost:${options.port}`;
  const log = createWriteStream(options.logFile);
  let tail = "";
  // A fresh data folder means a fresh SQLite database: never an inherited DATABASE_URL.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [join(options.repoRoot, "apps/server/src/main.ts")], {
    cwd: options.repoRoot,
    env: {
      ...inherited,
      PORT: String(options.port),
      HOST: "127.0.0.1",
      PAVILION_DATA_DIR: options.dataDir,
      PAVILION_PUBLIC_URL: publicUrl,
      ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk: Buffer) => {
      log.write(chunk);
      tail = (tail + chunk.toString()).slice(-8_000);
    });
  }
  const exited = new Promise<string>((resolve) => {
    child.once("exit", (code, signal) => resolve(`exited with ${signal ?? `code ${code}`}`));
    child.once("error", (error) => resolve(`could not start: ${error.message}`));
  });
  // If Playwright dies without running the teardown, do not leave the app behind.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const stop = async () => {
    process.removeListener("exit", killOnExit);
    await stopChild(child, exited).finally(() => log.end());
  };

  const readyUrl = `http://127.0.0.1:${options.port}/health/ready`;
  const polling = new AbortController();
  const outcome = await Promise.race([
    waitForReady(readyUrl, options.readyTimeoutMs, polling.signal),
    exited,
  ]);
  polling.abort();
  if (outcome !== "ready") {
    await stop();
    throw new Error(
      `the app did not become ready at ${readyUrl}: ${outcome}\n` +
        `full log: ${options.logFile}\n--- app output (tail) ---\n${tail}`,
    );
  }
  return { baseUrl: publicUrl, stop };
}

async function waitForReady(url: string, timeoutMs: number, cancel: AbortSignal): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline && !cancel.aborted) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return "ready";
      last = `last answer ${response.status}`;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  return `not ready within ${timeoutMs / 1000} s (${last})`;
}

async function stopChild(child: ChildProcess, exited: Promise<string>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  child.kill("SIGTERM");
  const done = await Promise.race([exited.then(() => true), sleep(10_000, false)]);
  if (!done) {
    child.kill("SIGKILL");
    await exited;
  }
}
