/** One event's public page: its schedule row, the timed agenda, the speakers' bios and its links. */
import type { Database } from "@pavilion/db";
import type { AgendaItem, EventPage, SessionUser } from "@pavilion/schema";
import { NotFoundError } from "../../errors.ts";
import { openListedEvent } from "./listed-event.ts";
import { eventRowsQuery, scheduleRows } from "./schedule-rows.ts";

/** The theses of an agenda item, one per non-empty line. */
export function thesesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

async function agendaOf(db: Database, eventId: string): Promise<AgendaItem[]> {
  const rows = await db
    .selectFrom("event_agenda_items")
    .leftJoin("speakers", "speakers.id", "event_agenda_items.speaker_id")
    .select(["event_agenda_items.id", "event_agenda_items.starts_at", "event_agenda_items.duration_minutes"])
    .select(["event_agenda_items.kind", "event_agenda_items.title_ru", "event_agenda_items.title_en"])
    .select(["event_agenda_items.theses_ru", "event_agenda_items.theses_en", "speakers.id as speaker_id"])
    .select(["speakers.name_ru", "speakers.name_en", "speakers.company_ru", "speakers.company_en"])
    .where("event_agenda_items.event_id", "=", eventId)
    .orderBy("event_agenda_items.position")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    startsAt: row.starts_at,
    durationMinutes: row.duration_minutes,
    kind: row.kind,
    title: { ru: row.title_ru, en: row.title_en },
    theses: { ru: thesesOf(row.theses_ru), en: thesesOf(row.theses_en) },
    speaker:
      row.speaker_id === null
        ? null
        : {
            name: { ru: row.name_ru ?? "", en: row.name_en ?? "" },
            company: { ru: row.company_ru ?? "", en: row.company_en ?? "" },
          },
  }));
}

async function biosOf(db: Database, eventId: string) {
  const rows = await db
    .selectFrom("event_speakers")
    .innerJoin("speakers", "speakers.id", "event_speakers.speaker_id")
    .select(["speakers.id", "speakers.bio_ru", "speakers.bio_en"])
    .where("event_speakers.event_id", "=", eventId)
    .orderBy("event_speakers.position")
    .execute();
  return rows.map((row) => ({ id: row.id, bio: { ru: row.bio_ru, en: row.bio_en } }));
}

/**
 * The event's page. Unknown events, and drafts for anyone but their hosts and organisers, are
 * not found; cancelled events are shown (marked); meetings only to their two sides and organisers.
 */
export async function eventPage(db: Database, user: SessionUser | null, eventId: string): Promise<EventPage> {
  await openListedEvent(db, user, eventId);
  const rows = await eventRowsQuery(db).where("events.id", "=", eventId).execute();
  const [row] = await scheduleRows(db, user, rows);
  if (!row) throw new NotFoundError("event");
  const [agenda, speakerBios] = await Promise.all([agendaOf(db, eventId), biosOf(db, eventId)]);
  return {
    ...row,
    agenda,
    speakerBios,
    icsUrl: `/events/${eventId}.ics`,
    liveUrl: `/events/${eventId}/live`,
  };
}
