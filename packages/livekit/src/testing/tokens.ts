import { type ClaimGrants, TokenVerifier } from "livekit-server-sdk";
import type { LiveKitConfig } from "../config.ts";

/** The claims of a join token, checked against the key pair (throws for a forged or expired one). */
export function readToken(
  config: Pick<LiveKitConfig, "apiKey" | "apiSecret">,
  token: string,
): Promise<ClaimGrants> {
  return new TokenVerifier(config.apiKey, config.apiSecret).verify(token);
}
