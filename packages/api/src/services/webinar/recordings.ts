/** The recordings library: events with a recording, each shown only to whom its rule lets see it. */
import type { RecordingItem, SessionUser } from "@pavilion/schema";
import type { ApiServices } from "../../context.ts";
import { openEvent, recordingRefusal } from "../events/event-access.ts";
import { fileUrl } from "./state.ts";

/** Recordings of approved events the caller may see, newest event first; one exhibitor's when given. */
export async function recordingsFor(
  services: ApiServices,
  user: SessionUser | null,
  filter: { exhibitorId?: string | undefined },
): Promise<RecordingItem[]> {
  const { db } = services;
  let query = db
    .selectFrom("events as e")
    .innerJoin("files as f", "f.id", "e.recording_file_id")
    .innerJoin("exhibitions as x", "x.id", "e.exhibition_id")
    .leftJoin("exhibitors as c", "c.id", "e.exhibitor_id")
    .select(["e.id", "e.title_ru", "e.title_en", "e.starts_at", "e.timezone", "e.exhibitor_id"])
    .select(["f.id as file_id", "f.duration_ms", "f.poster_file_id"])
    .select(["x.name_ru as exhibition_ru", "x.name_en as exhibition_en", "c.name_ru", "c.name_en"])
    .where("e.status", "=", "approved")
    .orderBy("e.starts_at", "desc")
    .orderBy("e.id");
  if (filter.exhibitorId !== undefined) query = query.where("e.exhibitor_id", "=", filter.exhibitorId);
  const rows = await query.execute();
  const items: RecordingItem[] = [];
  // Each event's rule and the caller's standing in it (registrations, team) decide; there are few recordings.
  for (const row of rows) {
    if (recordingRefusal(await openEvent(db, user, row.id), user) !== null) continue;
    const hostName =
      row.exhibitor_id === null
        ? { ru: row.exhibition_ru, en: row.exhibition_en }
        : { ru: row.name_ru ?? "", en: row.name_en ?? "" };
    items.push({
      ...{ eventId: row.id, title: { ru: row.title_ru, en: row.title_en } },
      ...{ startsAt: row.starts_at, timezone: row.timezone },
      host: { exhibitorId: row.exhibitor_id, name: hostName },
      ...{
        url: `/files/${row.file_id}`,
        durationMs: row.duration_ms,
        posterUrl: fileUrl(row.poster_file_id),
      },
    });
  }
  return items;
}
