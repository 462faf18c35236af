/**
 * What the server publishes into a booth's room for the chat: UTF-8 JSON on the chat topic.
 * Anything else in the room (other topics, junk, unknown types) is ignored, never thrown.
 */
import { CHAT_TOPIC, type ChatMessage, type ChatPacket, chatPacketSchema } from "@pavilion/schema";

const decoder = new TextDecoder("utf-8", { fatal: true });

/** The chat packet in a data message, or null when it is not one (wrong topic, bad UTF-8 or JSON). */
export function parseChatPacket(payload: Uint8Array, topic: string | undefined): ChatPacket | null {
  if (topic !== CHAT_TOPIC) return null;
  let data: unknown;
  try {
    data = JSON.parse(decoder.decode(payload));
  } catch {
    return null;
  }
  // The schema also drops fields it does not know, so nothing unexpected rides into the view.
  const parsed = chatPacketSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** The new messages a packet carries, oldest first (none for a deletion). */
export function newMessagesIn(packet: ChatPacket | null): ChatMessage[] {
  if (packet?.type === "chat.message") return [packet.message];
  if (packet?.type === "chat.messages") return packet.messages;
  return [];
}
