import { AccessToken } from "livekit-server-sdk";
import type { LiveKitConfig } from "./config.ts";
import { type TrackSourceName, trackSourceOf } from "./track-sources.ts";

/** Tokens are short-lived: the client asks the API for a new one when it reconnects. */
export const DEFAULT_TOKEN_TTL_SECONDS = 10 * 60;

/** Who joins which room with which rights. The API decides these after checking the caller's role. */
export type TokenParams = {
  identity: string;
  name: string;
  room: string;
  canPublish: boolean;
  canPublishData: boolean;
  canSubscribe: boolean;
  /** Only these sources may be published (e.g. camera and microphone for a viewer on stage); all when absent. */
  canPublishSources?: readonly TrackSourceName[];
  ttlSeconds?: number;
  metadata?: string;
};

/** Mints a join token for one room, with exactly the given rights, signed with the config's key pair. */
export async function mintToken(
  config: Pick<LiveKitConfig, "apiKey" | "apiSecret">,
  params: TokenParams,
): Promise<string> {
  const ttl = params.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl <= 0)
    throw new RangeError(`ttlSeconds must be a positive integer: ${ttl}`);
  const token = new AccessToken(config.apiKey, config.apiSecret, {
    identity: params.identity,
    name: params.name,
    ttl,
    ...(params.metadata === undefined ? {} : { metadata: params.metadata }),
  });
  token.addGrant({
    roomJoin: true,
    room: params.room,
    canPublish: params.canPublish,
    canPublishData: params.canPublishData,
    canSubscribe: params.canSubscribe,
    ...(params.canPublishSources ? { canPublishSources: params.canPublishSources.map(trackSourceOf) } : {}),
    // Metadata (role, display name) is set by the server, never by the participant.
    canUpdateOwnMetadata: false,
  });
  return token.toJwt();
}
