import { LiveKitStartError, launchLiveKitDevServer, type RunningLiveKitServer } from "./dev-server.ts";
import { freeTcpPort, freeUdpRange } from "./ports.ts";

export type LocalLiveKitOptions = {
  binary: string;
  /** Loopback by default; the address is also what clients are told to connect to. */
  host?: string;
  /** Consecutive UDP ports for media; 1 (the default) muxes every peer on one port. */
  udpPortCount?: number;
  /** Where LiveKit posts its webhooks. */
  webhookUrls?: readonly string[];
  readyTimeoutMs?: number;
  stopTimeoutMs?: number;
};

/** Ports are probed, then released, then bound by LiveKit; another process may win the race. */
const ATTEMPTS = 3;

/**
 * Starts LiveKit in dev mode on free ports of the host, trying again with other ports when one
 * was taken in between: what `pnpm start` runs beside the app and what tests run.
 */
export async function startLocalLiveKitServer(options: LocalLiveKitOptions): Promise<RunningLiveKitServer> {
  const host = options.host ?? "127.0.0.1";
  const udpPortCount = options.udpPortCount ?? 1;
  for (let attempt = 1; ; attempt++) {
    const port = await freeTcpPort(host);
    // LiveKit binds its ICE/TCP port on every interface, whatever --bind says.
    const rtcTcpPort = await freeTcpPort();
    const udpStart = await freeUdpRange(udpPortCount);
    try {
      return await launchLiveKitDevServer({
        ...{ binary: options.binary, host, port, rtcTcpPort },
        udpPorts: { start: udpStart, end: udpStart + udpPortCount - 1 },
        ...(options.webhookUrls ? { webhookUrls: options.webhookUrls } : {}),
        ...(options.readyTimeoutMs === undefined ? {} : { readyTimeoutMs: options.readyTimeoutMs }),
        ...(options.stopTimeoutMs === undefined ? {} : { stopTimeoutMs: options.stopTimeoutMs }),
      });
    } catch (error) {
      const portTaken = error instanceof LiveKitStartError && /address already in use/i.test(error.output);
      if (!portTaken || attempt >= ATTEMPTS) throw error;
    }
  }
}
