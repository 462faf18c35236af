/**
 * Control packets into an event's room (the stage changed, the webinar ended). Best effort, as
 * for chat: clients also read the state from the API, so a send that fails is logged and dropped.
 */
import { eventRoomName, type LiveKitConfig, sendRoomJson } from "@pavilion/livekit";
import { WEBINAR_TOPIC, type WebinarPacket } from "@pavilion/schema";

/** Sends the packet to everyone in the event's room; never throws. */
export async function publishToEvent(
  livekit: LiveKitConfig | null | undefined,
  eventId: string,
  packet: WebinarPacket,
): Promise<void> {
  if (!livekit) return;
  try {
    await sendRoomJson(livekit, eventRoomName(eventId), WEBINAR_TOPIC, packet);
  } catch (error) {
    console.warn(`webinar: could not publish ${packet.type} to event ${eventId}: ${String(error)}`);
  }
}
