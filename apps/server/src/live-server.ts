/**
 * Which LiveKit the app uses: the external one LIVEKIT_URL names, else a LiveKit binary run in
 * dev mode beside the app on loopback (webhooks to this app), else none (webinars and live chat off).
 */
import {
  findLiveKitServerBinary,
  type LiveKitConfig,
  livekitConfigFrom,
  type RunningLiveKitServer,
  startLocalLiveKitServer,
} from "@pavilion/livekit";
import type { ServerConfig } from "./env.ts";

/** The path LiveKit posts its webhooks to. */
export const WEBHOOK_PATH = "/livekit/webhook";

export interface LiveKitChoice {
  /** What tokens are minted for and webhooks are checked with; null when live is off. */
  config: LiveKitConfig | null;
  /** The dev server started here, stopped with the app; null when external or none. */
  local: RunningLiveKitServer | null;
}

interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(details: { err: unknown }, message: string): void;
}

/** Where this app answers on this machine, for LiveKit beside it to post webhooks to. */
export function localWebhookUrl(config: Pick<ServerConfig, "HOST" | "PORT">): string {
  const wildcard = ["0.0.0.0", "::", "localhost", ""].includes(config.HOST);
  const host = wildcard ? "127.0.0.1" : config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST;
  return `http://${host}:${config.PORT}${WEBHOOK_PATH}`;
}

/** Picks (and if need be starts) the LiveKit server; never throws for a missing or failing binary. */
export async function chooseLiveKit(config: ServerConfig, log: Log): Promise<LiveKitChoice> {
  const external = livekitConfigFrom(config);
  if (external) {
    log.info(
      `LiveKit: external server at ${external.url}; configure its webhook to ${config.publicUrl}${WEBHOOK_PATH}`,
    );
    return { config: external, local: null };
  }
  const binary = findLiveKitServerBinary({ explicitPath: config.LIVEKIT_SERVER_BIN });
  if (!binary) {
    log.warn(
      "LiveKit: no server binary found (LIVEKIT_SERVER_BIN, .tools/bin/server, livekit-server on PATH): " +
        "webinars and live chat are off; everything else works",
    );
    return { config: null, local: null };
  }
  const webhookUrl = localWebhookUrl(config);
  try {
    const local = await startLocalLiveKitServer({ binary, host: "127.0.0.1", webhookUrls: [webhookUrl] });
    log.info(`LiveKit: dev server at ${local.url} (${binary}), webhooks to ${webhookUrl}`);
    return { config: { url: local.url, apiKey: local.apiKey, apiSecret: local.apiSecret }, local };
  } catch (error) {
    log.error({ err: error }, "LiveKit: the dev server did not start; webinars and live chat are off");
    return { config: null, local: null };
  }
}
