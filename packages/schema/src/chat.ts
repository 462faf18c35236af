/**
 * Chat in a booth or a webinar: every message goes through the API (validated, rate-limited,
 * checked against bans, stored), then the server publishes it to the LiveKit room as a data packet.
 */
import { z } from "zod";
import { idSchema } from "./common.ts";

/** Who wrote a message, as the booth sees them: its staff, an organiser, or a visitor. */
export const chatAuthorRoleSchema = z.enum(["visitor", "staff", "organiser"]);
export type ChatAuthorRole = z.infer<typeof chatAuthorRoleSchema>;

/** One chat message as clients show it; the body is plain text, never HTML. */
export const chatMessageSchema = z.object({
  id: z.string(),
  body: z.string(),
  createdAt: z.string(),
  author: z.object({ id: z.string(), name: z.string(), role: chatAuthorRoleSchema }),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

/** The longest chat message, in characters (after trimming). */
export const CHAT_MESSAGE_MAX_LENGTH = 1000;

/**
 * Where a chat is: a booth's (named by its exhibitor) or an event's (a webinar, a programme
 * session). Inputs name exactly one of the two.
 */
export const chatPlaceSchema = z.object({ exhibitorId: idSchema.optional(), eventId: idSchema.optional() });
export type ChatPlace = z.infer<typeof chatPlaceSchema>;

/** True when exactly one of exhibitorId and eventId is given. */
export function namesOnePlace(place: ChatPlace): boolean {
  return (place.exhibitorId === undefined) !== (place.eventId === undefined);
}
const onePlace = {
  message: "Name either a booth (exhibitorId) or an event (eventId).",
  path: ["exhibitorId"],
};

/** A page of a chat's history: the messages before `before` (a message id), or the latest. */
export const chatHistoryInput = chatPlaceSchema
  .extend({ before: z.string().optional(), limit: z.number().int().min(1).max(100).default(50) })
  .refine(namesOnePlace, onePlace);

/** History, oldest first, and what the caller may do in this chat. */
export const chatHistorySchema = z.object({
  messages: z.array(chatMessageSchema),
  /** The caller is staff of the booth or an organiser: may delete messages and ban. */
  canModerate: z.boolean(),
  /** The caller is banned from this chat and cannot send. */
  banned: z.boolean(),
  /** The caller is muted in this chat until then (ISO time); null when not muted. */
  mutedUntil: z.string().nullable(),
});
export type ChatHistory = z.infer<typeof chatHistorySchema>;

export const chatSendInput = chatPlaceSchema
  .extend({ body: z.string().trim().min(1).max(CHAT_MESSAGE_MAX_LENGTH) })
  .refine(namesOnePlace, onePlace);

export const chatDeleteInput = chatPlaceSchema
  .extend({ messageId: z.string() })
  .refine(namesOnePlace, onePlace);

/** Bans or unbans a person from one chat. */
export const chatBanInput = chatPlaceSchema.extend({ userId: z.string() }).refine(namesOnePlace, onePlace);

/** The longest mute, in minutes (a day); longer is a ban. */
export const CHAT_MUTE_MAX_MINUTES = 24 * 60;

/** Mutes a person in one chat for a while: they read but cannot write until it ends. */
export const chatMuteInput = chatPlaceSchema
  .extend({ userId: z.string(), minutes: z.number().int().min(1).max(CHAT_MUTE_MAX_MINUTES).default(10) })
  .refine(namesOnePlace, onePlace);

/** The topic of the data packets the server publishes into a booth's or event's room. */
export const CHAT_TOPIC = "chat";

/**
 * A data packet in a room (UTF-8 JSON, topic CHAT_TOPIC): a new message, several new messages
 * (those stored in the same moment go out together, oldest first), or one deleted.
 */
export const chatPacketSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("chat.message"), message: chatMessageSchema }),
  z.object({ type: z.literal("chat.messages"), messages: z.array(chatMessageSchema).min(1) }),
  z.object({ type: z.literal("chat.deleted"), id: z.string() }),
]);
export type ChatPacket = z.infer<typeof chatPacketSchema>;
