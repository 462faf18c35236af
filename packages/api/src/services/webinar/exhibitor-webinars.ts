/** An exhibitor's own webinars for its cabinet: each with its phase now and whether it has a recording. */
import { eventRoomName } from "@pavilion/livekit";
import type { exhibitorWebinarSchema } from "@pavilion/schema";
import type { z } from "zod";
import type { ApiServices } from "../../context.ts";
import { phaseOf, roomsOnAir } from "./phase.ts";

type ExhibitorWebinar = z.infer<typeof exhibitorWebinarSchema>;

/** The exhibitor's webinars in order of their start, drafts and cancelled ones included. */
export async function exhibitorWebinars(
  services: ApiServices,
  exhibitorId: string,
): Promise<ExhibitorWebinar[]> {
  const { db } = services;
  const events = await db
    .selectFrom("events")
    .select(["id", "title_ru", "title_en", "starts_at", "ends_at", "timezone", "status"])
    .select(["ended_at", "recording_file_id"])
    .where("exhibitor_id", "=", exhibitorId)
    .where("kind", "=", "webinar")
    .orderBy("starts_at")
    .orderBy("id")
    .execute();
  const onAir = await roomsOnAir(
    db,
    events.map((event) => eventRoomName(event.id)),
  );
  const now = services.now();
  return events.map((event) => ({
    ...{ id: event.id, title: { ru: event.title_ru, en: event.title_en } },
    ...{ startsAt: event.starts_at, endsAt: event.ends_at, timezone: event.timezone, status: event.status },
    phase: phaseOf(event, onAir.has(eventRoomName(event.id)), now),
    hasRecording: event.recording_file_id !== null,
  }));
}
