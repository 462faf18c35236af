/**
 * Ending a webinar: it is marked ended (it does not go live again and no new token is minted),
 * the room hears so, then LiveKit closes the room and everyone in it leaves. Ending twice is
 * the same as ending once.
 */
import { eventRoomName, roomServiceFor, stopRoomRecording } from "@pavilion/livekit";
import type { SessionUser } from "@pavilion/schema";
import type { ApiServices } from "../../context.ts";
import { openAsModerator } from "./hosts.ts";
import { publishToEvent } from "./publish.ts";

/** Ends the event for everyone. Hosts and organisers only. */
export async function endWebinar(services: ApiServices, user: SessionUser, eventId: string): Promise<void> {
  const { db, livekit } = services;
  const { event } = await openAsModerator(db, user, eventId);
  const at = services.now().toISOString();
  await db
    .updateTable("events")
    .set({ ended_at: at, updated_at: at })
    .where("id", "=", event.id)
    .where("ended_at", "is", null)
    .execute();
  const room = eventRoomName(event.id);
  await db.deleteFrom("live_stage").where("room", "=", room).execute();
  if (!livekit) return;
  if (event.recording_egress_id !== null) {
    await stopRoomRecording(livekit, event.recording_egress_id).catch((error: unknown) =>
      console.warn(`webinar: could not stop the recording of event ${event.id}: ${String(error)}`),
    );
    await db.updateTable("events").set({ recording_egress_id: null }).where("id", "=", event.id).execute();
  }
  await publishToEvent(livekit, event.id, { type: "webinar.ended" });
  try {
    await roomServiceFor(livekit).deleteRoom(room);
  } catch (error) {
    // Nobody can be in a room of a LiveKit that cannot be reached; ending again retries.
    console.warn(`webinar: could not close the room of event ${event.id}: ${String(error)}`);
  }
}
