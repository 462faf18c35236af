/**
 * An event's recording: a video file its hosts upload after the event, or a LiveKit Egress
 * recording they start and stop from the console when Egress is configured.
 */
import { eventRoomName, startRoomRecording, stopRoomRecording } from "@pavilion/livekit";
import type { SessionUser } from "@pavilion/schema";
import type { ApiServices } from "../../context.ts";
import { AppError, ForbiddenError } from "../../errors.ts";
import { acceptUpload, releaseExhibitorFile } from "../../uploads/index.ts";
import { openAsHost } from "./hosts.ts";

/**
 * Checks a finished upload by its bytes (a video, within the exhibitor's quota) and makes it the
 * event's recording, releasing the one it replaces. Hosts only; uploads belong to an exhibitor,
 * so the organiser's programme sessions cannot take one this way.
 */
export async function attachRecording(
  services: ApiServices,
  user: SessionUser,
  input: { eventId: string; uploadId: string },
): Promise<void> {
  const { db } = services;
  const { event } = await openAsHost(db, user, input.eventId);
  const exhibitorId = event.exhibitor_id;
  if (exhibitorId === null) throw new ForbiddenError();
  const kept = await acceptUpload(services, {
    ...{ uploadId: input.uploadId, userId: user.id, exhibitorId },
    purpose: "video",
  });
  await db
    .updateTable("events")
    .set({ recording_file_id: kept.fileId, updated_at: services.now().toISOString() })
    .where("id", "=", event.id)
    .execute();
  const previous = event.recording_file_id;
  if (previous !== null && previous !== kept.fileId) await releaseExhibitorFile(db, exhibitorId, previous);
}

/** LiveKit and where Egress writes, or live.egressUnavailable. */
function egressOrUnavailable(services: ApiServices) {
  const { livekit, egress } = services;
  if (!livekit || !egress) throw new AppError("live.egressUnavailable");
  return { livekit, egress };
}

/** Starts recording the event's room (once: a recording in progress goes on). Hosts only. */
export async function startRecording(
  services: ApiServices,
  user: SessionUser,
  eventId: string,
): Promise<void> {
  const { event } = await openAsHost(services.db, user, eventId);
  if (event.ended_at !== null) throw new AppError("live.ended");
  const { livekit, egress } = egressOrUnavailable(services);
  if (event.recording_egress_id !== null) return;
  const egressId = await startRoomRecording(livekit, egress, eventRoomName(event.id));
  await services.db
    .updateTable("events")
    .set({ recording_egress_id: egressId })
    .where("id", "=", event.id)
    .execute();
}

/** Stops the recording in progress, if any; Egress then finishes the file. Hosts only. */
export async function stopRecording(
  services: ApiServices,
  user: SessionUser,
  eventId: string,
): Promise<void> {
  const { event } = await openAsHost(services.db, user, eventId);
  const { livekit } = egressOrUnavailable(services);
  if (event.recording_egress_id === null) return;
  await stopRoomRecording(livekit, event.recording_egress_id);
  await services.db
    .updateTable("events")
    .set({ recording_egress_id: null })
    .where("id", "=", event.id)
    .execute();
}
