/**
 * Real-time delivery: after the API stored a change, it sends a packet into the LiveKit room of
 * the booth or event. Delivery is best effort: clients also reload from the API, so a send that
 * fails (LiveKit off or down) is logged and nothing else happens.
 */
import { type LiveKitConfig, sendRoomJson } from "@pavilion/livekit";
import { CHAT_TOPIC, type ChatPacket } from "@pavilion/schema";
import type { OpenChat } from "./open-chat.ts";

/** Sends the packet (with a `type`) to everyone in the LiveKit room under `topic`; never throws. */
export async function publishToRoom(
  livekit: LiveKitConfig | null | undefined,
  room: string,
  topic: string,
  packet: { type: string },
): Promise<void> {
  if (!livekit) return;
  try {
    await sendRoomJson(livekit, room, topic, packet);
  } catch (error) {
    console.warn(`${topic}: could not publish ${packet.type} to ${room}: ${String(error)}`);
  }
}

/** Sends the chat packet to everyone in the chat's room; never throws. */
export async function publishChat(
  livekit: LiveKitConfig | null | undefined,
  chat: OpenChat,
  packet: ChatPacket,
): Promise<void> {
  await publishToRoom(livekit, chat.liveRoom, CHAT_TOPIC, packet);
}
