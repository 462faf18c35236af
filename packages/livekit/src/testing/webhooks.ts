import { createHash } from "node:crypto";
import { AccessToken } from "livekit-server-sdk";
import type { LiveKitConfig } from "../config.ts";

/** The Authorization header LiveKit would send with this body: a JWT holding the body's SHA-256. */
export async function signWebhookBody(
  config: Pick<LiveKitConfig, "apiKey" | "apiSecret">,
  body: string,
): Promise<string> {
  const token = new AccessToken(config.apiKey, config.apiSecret, { ttl: 5 * 60 });
  token.sha256 = createHash("sha256").update(body).digest("base64");
  return token.toJwt();
}
