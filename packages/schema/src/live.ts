/** Joining LiveKit rooms: the API names the room from ids it checks and mints the token. */
import { z } from "zod";
import { idSchema } from "./common.ts";

/** Who someone is in a room, as the API decided it; LiveKit carries it in the participant's metadata. */
export const liveRoleSchema = z.enum(["visitor", "staff", "organiser"]);
export type LiveRole = z.infer<typeof liveRoleSchema>;

/** The booth whose room to join: the client names the exhibitor, never the room. */
export const boothTokenInput = z.object({ exhibitorId: idSchema });
/** The event (webinar, programme session) whose room to join. */
export const eventTokenInput = z.object({ eventId: idSchema });

/** What a client needs to join a room: where LiveKit is, a short-lived token, and what it may do. */
export const liveTokenSchema = z.object({
  /** The LiveKit server's ws(s):// URL. */
  url: z.string(),
  token: z.string(),
  room: z.string(),
  role: liveRoleSchema,
  /** True when the token lets the caller publish camera, microphone and screen. */
  canPublish: z.boolean(),
  /** How long the token is accepted for joining; ask for a new one to reconnect after that. */
  ttlSeconds: z.number().int().positive(),
});
export type LiveToken = z.infer<typeof liveTokenSchema>;
