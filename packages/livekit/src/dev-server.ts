/**
 * Runs a LiveKit server binary in --dev mode as a child process: used by `pnpm start`
 * beside the app and by tests through ./testing. In --dev mode the key pair is devkey/secret.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import type { LiveKitConfig } from "./config.ts";
import { devKeys } from "./config.ts";
import { OutputTail } from "./output-tail.ts";

export type DevServerPorts = {
  /** HTTP/WebSocket signalling port. */
  port: number;
  /** ICE over TCP, the fallback when UDP is blocked. */
  rtcTcpPort: number;
  /** First and last UDP port for media (inclusive); one port when equal (LiveKit then muxes every peer on it). */
  udpPorts: { start: number; end: number };
};

export type DevServerOptions = DevServerPorts & {
  binary: string;
  /** Address to listen on and to advertise to clients. */
  host?: string;
  /** Where LiveKit posts its webhooks (room started, participant joined...), signed with the dev key. */
  webhookUrls?: readonly string[];
  readyTimeoutMs?: number;
  stopTimeoutMs?: number;
};

export type RunningLiveKitServer = LiveKitConfig & {
  /** http:// form of `url`, for the server APIs (RoomServiceClient). */
  httpUrl: string;
  ports: DevServerPorts;
  /** The last output of the server, for diagnostics. */
  output(): string;
  /** SIGTERM, a forcing SIGTERM after 1 s, then SIGKILL if it has not exited within the stop timeout. */
  stop(): Promise<void>;
};

/** Thrown when the server exits or does not answer before it is ready. */
export class LiveKitStartError extends Error {
  readonly output: string;
  constructor(message: string, output: string) {
    super(`${message}\n--- livekit-server output (tail) ---\n${output}`);
    this.name = "LiveKitStartError";
    this.output = output;
  }
}

/** LiveKit's YAML config that posts webhooks to the URLs, signed with the dev key pair. */
export function webhookConfigYaml(urls: readonly string[]): string {
  const list = urls.map((url) => `    - ${JSON.stringify(url)}`).join("\n");
  return `webhook:\n  api_key: ${devKeys.apiKey}\n  urls:\n${list}\n`;
}

/** The command-line flags that run LiveKit in dev mode on the given host and ports (and webhook URLs). */
export function devServerArgs(
  ports: DevServerPorts,
  host = "127.0.0.1",
  webhookUrls: readonly string[] = [],
): string[] {
  const { start, end } = ports.udpPorts;
  return [
    "--dev",
    "--bind",
    host,
    "--node-ip",
    host,
    "--port",
    String(ports.port),
    "--rtc.tcp_port",
    String(ports.rtcTcpPort),
    "--udp-port",
    start === end ? String(start) : `${start}-${end}`,
    // Without this LiveKit drops loopback ICE candidates, and a browser on the same machine cannot reach it.
    ...(host.startsWith("127.") ? ["--rtc.enable_loopback_candidate"] : []),
    ...(webhookUrls.length > 0 ? ["--config-body", webhookConfigYaml(webhookUrls)] : []),
  ];
}

/** Starts LiveKit in dev mode and resolves once its HTTP endpoint answers. */
export async function launchLiveKitDevServer(options: DevServerOptions): Promise<RunningLiveKitServer> {
  const host = options.host ?? "127.0.0.1";
  const httpUrl = `http://${host}:${options.port}`;
  const tail = new OutputTail();
  const child = spawn(options.binary, devServerArgs(options, host, options.webhookUrls), {
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk: Buffer) => tail.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => tail.push(chunk));
  const exited = new Promise<string>((resolve) => {
    child.once("exit", (code, signal) => resolve(`exited with ${signal ?? `code ${code}`}`));
    child.once("error", (error) => resolve(`could not start ${options.binary}: ${error.message}`));
  });
  // If the test runner dies without calling stop(), do not leave the server behind.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const stop = async () => {
    process.removeListener("exit", killOnExit);
    await stopChild(child, exited, options.stopTimeoutMs ?? 5_000);
  };

  const readyTimeoutMs = options.readyTimeoutMs ?? 20_000;
  const polling = new AbortController();
  const outcome = await Promise.race([waitForHttp(httpUrl, readyTimeoutMs, polling.signal), exited]);
  polling.abort();
  if (outcome !== "ready") {
    await stop();
    throw new LiveKitStartError(`LiveKit at ${httpUrl} did not become ready: ${outcome}`, tail.toString());
  }
  // LiveKit answers HTTP 100 ms before it marks itself running; a SIGTERM in that window is ignored.
  await sleep(150);
  const ports = { port: options.port, rtcTcpPort: options.rtcTcpPort, udpPorts: options.udpPorts };
  return {
    url: `ws://${host}:${options.port}`,
    httpUrl,
    ...devKeys,
    ports,
    output: () => tail.toString(),
    stop,
  };
}

async function waitForHttp(url: string, timeoutMs: number, cancel: AbortSignal): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !cancel.aborted) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return "ready";
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  return `no answer within ${timeoutMs} ms`;
}

async function stopChild(child: ChildProcess, exited: Promise<string>, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exitsWithin = (ms: number) => Promise.race([exited.then(() => true), sleep(ms, false)]);
  child.kill("SIGTERM");
  if (await exitsWithin(Math.min(1_000, timeoutMs))) return;
  // LiveKit treats a second signal as "stop now" (it waits for participants to leave otherwise).
  child.kill("SIGTERM");
  if (await exitsWithin(timeoutMs)) return;
  child.kill("SIGKILL");
  await exited;
}
