/**
 * LiveKit webhooks, verified and read into plain data: LiveKit signs each POST with a JWT
 * (in the Authorization header) made with the API key pair, holding the SHA-256 of the body.
 */
import { trackSourceToString, WebhookReceiver } from "livekit-server-sdk";
import type { LiveKitConfig } from "./config.ts";

/** What a webhook tells, with only the fields the app uses. */
export type LiveKitWebhook = {
  /** Unique per event; LiveKit resends the same id when it retries. */
  id: string;
  /** e.g. "room_started", "participant_joined", "track_published". */
  event: string;
  createdAt: Date;
  room: { sid: string; name: string } | null;
  participant: { sid: string; identity: string; name: string; metadata: string } | null;
  track: { sid: string; source: string } | null;
};

/** Thrown for a webhook without a valid signature over its body, or one that is not a webhook. */
export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookVerificationError";
  }
}

function sourceName(source: number): string {
  try {
    return trackSourceToString(source);
  } catch {
    return "unknown";
  }
}

/** Checks the body's signature with the key pair and reads it; WebhookVerificationError when forged. */
export async function verifyWebhook(
  config: Pick<LiveKitConfig, "apiKey" | "apiSecret">,
  body: string,
  authorization: string | undefined,
): Promise<LiveKitWebhook> {
  if (!authorization) throw new WebhookVerificationError("no Authorization header");
  const receiver = new WebhookReceiver(config.apiKey, config.apiSecret);
  let event: Awaited<ReturnType<WebhookReceiver["receive"]>>;
  try {
    event = await receiver.receive(body, authorization);
  } catch (error) {
    throw new WebhookVerificationError(error instanceof Error ? error.message : String(error));
  }
  if (!event.id || !event.event) throw new WebhookVerificationError("not a webhook event (no id or name)");
  const { room, participant, track } = event;
  return {
    id: event.id,
    event: event.event,
    createdAt: new Date(Number(event.createdAt) * 1000),
    room: room ? { sid: room.sid, name: room.name } : null,
    participant: participant
      ? {
          ...{ sid: participant.sid, identity: participant.identity },
          ...{ name: participant.name, metadata: participant.metadata },
        }
      : null,
    track: track ? { sid: track.sid, source: sourceName(track.source) } : null,
  };
}
