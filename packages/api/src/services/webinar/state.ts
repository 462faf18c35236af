/** The webinar page's view of an event: what it is, its phase, who hosts it and what the caller may do. */
import type { Database, Event } from "@pavilion/db";
import { eventRoomName } from "@pavilion/livekit";
import type { AppErrorCode, SessionUser, Webinar } from "@pavilion/schema";
import type { ApiServices } from "../../context.ts";
import { type EventForCaller, openEvent, recordingRefusal, watchRefusal } from "../events/event-access.ts";
import { phaseOf, roomsOnAir } from "./phase.ts";
import { isOnStage } from "./stage.ts";

/** Where a kept file is served. */
export const fileUrl = (fileId: string | null): string | null => (fileId ? `/files/${fileId}` : null);

/** The exhibition (for the frame's branding) and the host: the exhibitor, or the exhibition for the programme. */
async function brandingAndHost(db: Database, event: Event) {
  const exhibition = await db
    .selectFrom("exhibitions")
    .select(["name_ru", "name_en", "logo_file_id"])
    .where("id", "=", event.exhibition_id)
    .executeTakeFirstOrThrow();
  const branding = {
    exhibitionName: { ru: exhibition.name_ru, en: exhibition.name_en },
    logoUrl: fileUrl(exhibition.logo_file_id),
  };
  if (event.exhibitor_id === null) {
    return {
      branding,
      host: { exhibitorId: null, name: branding.exhibitionName, logoUrl: branding.logoUrl },
    };
  }
  const exhibitor = await db
    .selectFrom("exhibitors")
    .select(["name_ru", "name_en", "logo_file_id"])
    .where("id", "=", event.exhibitor_id)
    .executeTakeFirstOrThrow();
  const name = { ru: exhibitor.name_ru, en: exhibitor.name_en };
  return {
    branding,
    host: { exhibitorId: event.exhibitor_id, name, logoUrl: fileUrl(exhibitor.logo_file_id) },
  };
}

/** The recording when there is one and the caller may see it. */
async function recordingFor(db: Database, caller: EventForCaller, user: SessionUser | null) {
  const fileId = caller.event.recording_file_id;
  if (fileId === null || recordingRefusal(caller, user) !== null) return null;
  const file = await db.selectFrom("files").select("duration_ms").where("id", "=", fileId).executeTakeFirst();
  return { url: `/files/${fileId}`, durationMs: file?.duration_ms ?? null };
}

/** Why the caller may not join the room now: the webinar ended, or its access rule keeps them out. */
function joinRefusal(caller: EventForCaller, user: SessionUser | null): AppErrorCode | null {
  return caller.event.ended_at !== null ? "live.ended" : watchRefusal(caller, user);
}

/** The event's live state for the caller; NotFoundError for an event they may not know of. */
export async function webinarState(
  services: ApiServices,
  user: SessionUser | null,
  eventId: string,
): Promise<Webinar> {
  const { db } = services;
  const caller = await openEvent(db, user, eventId);
  const { event } = caller;
  const room = eventRoomName(event.id);
  const onAir = (await roomsOnAir(db, [room])).has(room);
  const refusal = joinRefusal(caller, user);
  return {
    ...{ id: event.id, kind: event.kind, format: event.format, timezone: event.timezone },
    title: { ru: event.title_ru, en: event.title_en },
    description: { ru: event.description_ru, en: event.description_en },
    ...{ startsAt: event.starts_at, endsAt: event.ends_at, endedAt: event.ended_at },
    phase: phaseOf(event, onAir, services.now()),
    ...(await brandingAndHost(db, event)),
    access: { watch: event.access, questions: event.question_access, recording: event.recording_access },
    caller: {
      ...{ isHost: caller.isHost, isOrganiser: caller.isOrganiser },
      ...{ canWatch: refusal === null, watchRefusal: refusal },
      onStage: user !== null && (await isOnStage(db, room, user.id)),
    },
    liveAvailable: Boolean(services.livekit),
    recording: await recordingFor(db, caller, user),
    egress: {
      available: Boolean(services.livekit && services.egress),
      recording: event.recording_egress_id !== null,
    },
  };
}
