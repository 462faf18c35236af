/**
 * Booth chat: every message goes through the API (validated, rate-limited, checked against
 * bans, stored), then the server publishes it to the booth's LiveKit room as a data packet.
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

/** A page of a booth's chat history: the messages before `before` (a message id), or the latest. */
export const chatHistoryInput = z.object({
  exhibitorId: idSchema,
  before: z.string().optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

/** History, oldest first, and what the caller may do in this chat. */
export const chatHistorySchema = z.object({
  messages: z.array(chatMessageSchema),
  /** The caller is staff of the booth or an organiser: may delete messages and ban. */
  canModerate: z.boolean(),
  /** The caller is banned from this booth's chat and cannot send. */
  banned: z.boolean(),
});
export type ChatHistory = z.infer<typeof chatHistorySchema>;

export const chatSendInput = z.object({
  exhibitorId: idSchema,
  body: z.string().trim().min(1).max(CHAT_MESSAGE_MAX_LENGTH),
});

export const chatDeleteInput = z.object({ exhibitorId: idSchema, messageId: z.string() });

/** Bans or unbans a person from one booth's chat. */
export const chatBanInput = z.object({ exhibitorId: idSchema, userId: z.string() });

/** The topic of the data packets the server publishes into a booth's room. */
export const CHAT_TOPIC = "chat";

/** A data packet in a booth's room (UTF-8 JSON, topic CHAT_TOPIC): a new message, or one deleted. */
export const chatPacketSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("chat.message"), message: chatMessageSchema }),
  z.object({ type: z.literal("chat.deleted"), id: z.string() }),
]);
export type ChatPacket = z.infer<typeof chatPacketSchema>;
