/**
 * The pieces under test, on loopback: a LiveKit server in dev mode (the launcher `pnpm start`
 * uses) and the real app server (apps/server) pointed at it, with LiveKit's webhooks to the app.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import {
  findLiveKitServerBinary,
  freeTcpPort,
  type RunningLiveKitServer,
  startLocalLiveKitServer,
} from "@pavilion/livekit";

export interface LiveStack {
  baseUrl: string;
  livekit: RunningLiveKitServer;
  livekitBinary: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 90_000;

/** Starts LiveKit, then the app on `dataDir`; resolves once /health/ready answers. */
export async function startLiveStack(repoRoot: string, dataDir: string, logFile: string): Promise<LiveStack> {
  const livekitBinary = findLiveKitServerBinary({ from: repoRoot });
  if (!livekitBinary) throw new Error("LiveKit server not found: run bash scripts/ensure-livekit.sh");
  const port = await freeTcpPort("127.0.0.1");
  const livekit = await startLocalLiveKitServer({
    binary: livekitBinary,
    host: "127.0.0.1",
    webhookUrls: [`http://127.0.0.1:${port}/livekit/webhook`],
  });
  try {
    const app = await startApp(repoRoot, { port, dataDir, logFile, livekit });
    return {
      baseUrl: `http://127.0.0.1:${port}`,
      livekit,
      livekitBinary,
      stop: async () => {
        await app.stop();
        await livekit.stop();
      },
    };
  } catch (error) {
    await livekit.stop();
    throw error;
  }
}

export interface AppOptions {
  port: number;
  dataDir: string;
  logFile: string;
  /** Without one the app runs with live features off. */
  livekit?: RunningLiveKitServer;
  env?: Record<string, string>;
}

/** Starts the app server on `dataDir`; resolves once /health/ready answers. */
export async function startApp(repoRoot: string, options: AppOptions): Promise<{ stop(): Promise<void> }> {
  const log = createWriteStream(options.logFile);
  // A fresh data folder means a fresh SQLite database: never an inherited DATABASE_URL.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [path.join(repoRoot, "apps/server/src/main.ts")], {
    cwd: repoRoot,
    env: {
      ...inherited,
      HOST: "127.0.0.1",
      PORT: String(options.port),
      PAVILION_DATA_DIR: options.dataDir,
      LOG_LEVEL: "warn",
      LOG_PRETTY: "false",
      ...(options.livekit
        ? {
            LIVEKIT_URL: options.livekit.url,
            LIVEKIT_API_KEY: options.livekit.apiKey,
            LIVEKIT_API_SECRET: options.livekit.apiSecret,
          }
        : {}),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<string>((resolve) => {
    child.once("exit", (code, signal) => resolve(`exited with ${signal ?? `code ${code}`}`));
    child.once("error", (error) => resolve(`could not start: ${error.message}`));
  });
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const stop = async () => {
    process.removeListener("exit", killOnExit);
    await stopChild(child, exited);
    log.end();
  };
  const ready = await Promise.race([waitForReady(options.port), exited]);
  if (ready !== "ready") {
    await stop();
    throw new Error(`the app did not become ready: ${ready} (log: ${options.logFile})`);
  }
  return { stop };
}

async function waitForReady(port: number): Promise<string> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const status = await fetch(`http://127.0.0.1:${port}/health/ready`, {
      signal: AbortSignal.timeout(2_000),
    }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return "ready";
    await sleep(250);
  }
  return `not ready within ${READY_TIMEOUT_MS / 1000} s`;
}

async function stopChild(child: ChildProcess, exited: Promise<string>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const done = await Promise.race([exited.then(() => true), sleep(15_000, false)]);
  if (!done) {
    child.kill("SIGKILL");
    await exited;
  }
}
