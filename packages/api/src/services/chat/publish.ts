/**
 * Real-time delivery of a booth's chat: after the API stored a change, it sends it into the
 * booth's LiveKit room. Delivery is best effort: clients also reload history from the API,
 * so a send that fails (LiveKit off or down) is logged and nothing else happens.
 */
import { boothRoomName, type LiveKitConfig, sendRoomJson } from "@pavilion/livekit";
import { CHAT_TOPIC, type ChatPacket } from "@pavilion/schema";

/** Sends the packet to everyone in the booth's room; never throws. */
export async function publishToBooth(
  livekit: LiveKitConfig | null | undefined,
  exhibitorId: string,
  packet: ChatPacket,
): Promise<void> {
  if (!livekit) return;
  try {
    await sendRoomJson(livekit, boothRoomName(exhibitorId), CHAT_TOPIC, packet);
  } catch (error) {
    console.warn(`chat: could not publish ${packet.type} to booth ${exhibitorId}: ${String(error)}`);
  }
}
