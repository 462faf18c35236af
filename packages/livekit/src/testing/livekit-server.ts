import { findLiveKitServerBinary } from "../binary.ts";
import { LiveKitStartError, launchLiveKitDevServer, type RunningLiveKitServer } from "../dev-server.ts";
import { freeTcpPort, freeUdpRange } from "./ports.ts";

export type StartLiveKitServerOptions = {
  /** Path to the binary; found with findLiveKitServerBinary() when not given. */
  binary?: string;
  /** How long to wait for the HTTP endpoint (default 20 s). */
  readyTimeoutMs?: number;
  /** How long stop() waits after the second, forcing SIGTERM before SIGKILL (default 5 s). */
  stopTimeoutMs?: number;
};

/** How many consecutive UDP ports LiveKit gets for media: enough for a test, few enough to find free. */
const UDP_PORT_COUNT = 3;
/** Ports are probed, then released, then bound by LiveKit; another process may win the race. */
const ATTEMPTS = 3;

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
  for (let attempt = 1; ; attempt++) {
    const port = await freeTcpPort("127.0.0.1");
    // LiveKit binds its ICE/TCP port on every interface, whatever --bind says.
    const rtcTcpPort = await freeTcpPort();
    const udpStart = await freeUdpRange(UDP_PORT_COUNT);
    try {
      return await launchLiveKitDevServer({
        binary,
        host: "127.0.0.1",
        port,
        rtcTcpPort,
        udpPorts: { start: udpStart, end: udpStart + UDP_PORT_COUNT - 1 },
        ...(options.readyTimeoutMs === undefined ? {} : { readyTimeoutMs: options.readyTimeoutMs }),
        ...(options.stopTimeoutMs === undefined ? {} : { stopTimeoutMs: options.stopTimeoutMs }),
      });
    } catch (error) {
      const portTaken = error instanceof LiveKitStartError && /address already in use/i.test(error.output);
      if (!portTaken || attempt >= ATTEMPTS) throw error;
    }
  }
}
