/** Tells an event's room that its Q&A queue changed, so clients fetch it again (best effort, like chat). */
import { eventRoomName, type LiveKitConfig } from "@pavilion/livekit";
import { QA_TOPIC, type QaPacket } from "@pavilion/schema";
import { publishToRoom } from "../chat/publish.ts";

/** Publishes `qa.changed` for the question to the event's room; never throws. */
export async function publishQaChange(
  livekit: LiveKitConfig | null | undefined,
  eventId: string,
  questionId: string,
): Promise<void> {
  const packet: QaPacket = { type: "qa.changed", questionId };
  await publishToRoom(livekit, eventRoomName(eventId), QA_TOPIC, packet);
}
