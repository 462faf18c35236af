import { findLiveKitServerBinary } from "../binary.ts";
import type { RunningLiveKitServer } from "../dev-server.ts";
import { startLocalLiveKitServer } from "../local-server.ts";

export type StartLiveKitServerOptions = {
  /** Path to the binary; found with findLiveKitServerBinary() when not given. */
  binary?: string;
  /** Where LiveKit posts its webhooks, signed with the dev key pair. */
  webhookUrls?: readonly string[];
  /** How long to wait for the HTTP endpoint (default 20 s). */
  readyTimeoutMs?: number;
  /** How long stop() waits after the second, forcing SIGTERM before SIGKILL (default 5 s). */
  stopTimeoutMs?: number;
};

/** How many consecutive UDP ports LiveKit gets for media: enough for a test, few enough to find free. */
const UDP_PORT_COUNT = 3;

/** Thrown when no LiveKit binary is installed. */
export class LiveKitBinaryNotFoundError extends Error {
  constructor() {
    super(
      "LiveKit server binary not found: set LIVEKIT_SERVER_BIN, or build it into .tools/bin " +
        "(bash scripts/install-ci-deps.sh), or put livekit-server on PATH",
    );
    this.name = "LiveKitBinaryNotFoundError";
  }
}

/** Starts a real LiveKit server in dev mode on free loopback ports; call stop() when done. */
export async function startLiveKitServer(
  options: StartLiveKitServerOptions = {},
): Promise<RunningLiveKitServer> {
  const binary = options.binary ?? findLiveKitServerBinary();
  if (!binary) throw new LiveKitBinaryNotFoundError();
  return startLocalLiveKitServer({ ...options, binary, host: "127.0.0.1", udpPortCount: UDP_PORT_COUNT });
}
