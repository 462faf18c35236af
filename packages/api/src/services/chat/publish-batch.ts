/**
 * New chat messages leave for a room in groups: the messages one group commit stored (see
 * sendChatMessage) are published in the same turn of the event loop, and go out as one
 * "chat.messages" packet instead of one packet each. In a busy chat that divides the calls to
 * LiveKit's room service, and the packets LiveKit forwards to every participant, by the group's
 * size; a lone message still goes out as a plain "chat.message".
 */
import type { LiveKitConfig } from "@pavilion/livekit";
import { CHAT_TOPIC, type ChatMessage, type ChatPacket } from "@pavilion/schema";
import { publishToRoom } from "./publish.ts";

/**
 * The largest packet we build, in bytes of JSON. LiveKit advises keeping reliable data packets
 * under 15 KiB; a group that would be larger is split (a message is at most ~4 KB of JSON).
 */
export const MAX_PACKET_BYTES = 14_000;

/** Splits messages, in order, into packets of at most `maxBytes` of JSON each (a message never splits). */
export function chatPackets(messages: ChatMessage[], maxBytes = MAX_PACKET_BYTES): ChatPacket[] {
  const groups: ChatMessage[][] = [];
  let group: ChatMessage[] = [];
  let bytes = 0;
  for (const message of messages) {
    const size = Buffer.byteLength(JSON.stringify(message)) + 1;
    if (group.length > 0 && bytes + size > maxBytes) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(message);
    bytes += size;
  }
  if (group.length > 0) groups.push(group);
  return groups.map((messages) =>
    messages.length === 1 && messages[0]
      ? { type: "chat.message", message: messages[0] }
      : { type: "chat.messages", messages },
  );
}

interface Outgoing {
  livekit: LiveKitConfig;
  messages: ChatMessage[];
  sent: Promise<void>;
}

// LiveKit room name -> the messages waiting for this turn's packet.
const waiting = new Map<string, Outgoing>();

/** Publishes a new message to the room, together with the others published in this turn; never throws. */
export function publishChatMessage(
  livekit: LiveKitConfig | null | undefined,
  room: string,
  message: ChatMessage,
): Promise<void> {
  if (!livekit) return Promise.resolve();
  const queued = waiting.get(room);
  if (queued) {
    queued.messages.push(message);
    return queued.sent;
  }
  const outgoing: Outgoing = { livekit, messages: [message], sent: Promise.resolve() };
  outgoing.sent = new Promise<void>((resolve) => {
    setImmediate(async () => {
      waiting.delete(room);
      // One after the other, so a split group arrives in order.
      for (const packet of chatPackets(outgoing.messages)) {
        await publishToRoom(outgoing.livekit, room, CHAT_TOPIC, packet);
      }
      resolve();
    });
  });
  waiting.set(room, outgoing);
  return outgoing.sent;
}
