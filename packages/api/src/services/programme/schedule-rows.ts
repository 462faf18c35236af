/**
 * Events as the schedule shows them: host, speakers in their order, seats left and the
 * caller's own registration status. The schedule, an event's page and "my agenda" all build
 * their rows here, so the three never disagree.
 */
import type { Database, RegistrationStatus } from "@pavilion/db";
import type { ScheduleEvent, SessionUser, SpeakerSummary } from "@pavilion/schema";

/** The columns of an event (with its host's and exhibition's names) a schedule row is made of. */
export function eventRowsQuery(db: Database) {
  return db
    .selectFrom("events")
    .innerJoin("exhibitions", "exhibitions.id", "events.exhibition_id")
    .leftJoin("exhibitors", "exhibitors.id", "events.exhibitor_id")
    .select(["events.id", "events.exhibition_id", "events.exhibitor_id", "events.kind", "events.format"])
    .select(["events.stream", "events.title_ru", "events.title_en", "events.description_ru"])
    .select(["events.description_en", "events.starts_at", "events.ends_at", "events.timezone"])
    .select(["events.capacity", "events.registration_mode", "events.status"])
    .select(["exhibitors.name_ru as exhibitor_ru", "exhibitors.name_en as exhibitor_en"])
    .select(["exhibitions.name_ru as exhibition_ru", "exhibitions.name_en as exhibition_en"]);
}

export type EventRow = Awaited<ReturnType<ReturnType<typeof eventRowsQuery>["execute"]>>[number];

/** A speaker of an event, with the text a search looks through. */
export interface EventSpeaker extends SpeakerSummary {
  eventId: string;
}

async function speakersOf(db: Database, eventIds: readonly string[]): Promise<EventSpeaker[]> {
  if (eventIds.length === 0) return [];
  const rows = await db
    .selectFrom("event_speakers")
    .innerJoin("speakers", "speakers.id", "event_speakers.speaker_id")
    .select(["event_speakers.event_id", "event_speakers.role", "speakers.id", "speakers.photo_file_id"])
    .select(["speakers.name_ru", "speakers.name_en", "speakers.company_ru", "speakers.company_en"])
    .select(["speakers.achievements_ru", "speakers.achievements_en"])
    .where("event_speakers.event_id", "in", eventIds)
    .orderBy("event_speakers.event_id")
    .orderBy("event_speakers.position")
    .execute();
  return rows.map((row) => ({
    eventId: row.event_id,
    id: row.id,
    name: { ru: row.name_ru, en: row.name_en },
    company: { ru: row.company_ru, en: row.company_en },
    achievements: { ru: row.achievements_ru, en: row.achievements_en },
    photoUrl: row.photo_file_id ? `/files/${row.photo_file_id}` : null,
    role: row.role,
  }));
}

/** Seats taken (accepted and pending registrations) per event. */
async function seatsTaken(db: Database, eventIds: readonly string[]): Promise<Map<string, number>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("registrations")
    .select(["event_id", (eb) => eb.fn.countAll<number>().as("taken")])
    .where("event_id", "in", eventIds)
    .where("status", "in", ["accepted", "pending"])
    .groupBy("event_id")
    .execute();
  return new Map(rows.map((row) => [row.event_id, Number(row.taken)]));
}

/** The caller's latest registration that is not cancelled, per event. */
async function statusesOf(
  db: Database,
  user: SessionUser | null,
  eventIds: readonly string[],
): Promise<Map<string, RegistrationStatus>> {
  if (!user || eventIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("registrations")
    .select(["event_id", "status"])
    .where("user_id", "=", user.id)
    .where("event_id", "in", eventIds)
    .where("status", "!=", "cancelled")
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
  const latest = new Map<string, RegistrationStatus>();
  for (const row of rows) if (!latest.has(row.event_id)) latest.set(row.event_id, row.status);
  return latest;
}

/** Schedule rows for these events, in the given order; the speakers come along for searching. */
export async function scheduleRows(
  db: Database,
  user: SessionUser | null,
  events: readonly EventRow[],
): Promise<ScheduleEvent[]> {
  const ids = events.map((event) => event.id);
  const [speakers, taken, mine] = await Promise.all([
    speakersOf(db, ids),
    seatsTaken(db, ids),
    statusesOf(db, user, ids),
  ]);
  const speakersByEvent = new Map<string, SpeakerSummary[]>();
  for (const { eventId, ...speaker } of speakers) {
    const list = speakersByEvent.get(eventId) ?? [];
    list.push(speaker);
    speakersByEvent.set(eventId, list);
  }
  return events.map((event) => ({
    id: event.id,
    kind: event.kind,
    format: event.format,
    stream: event.stream,
    title: { ru: event.title_ru, en: event.title_en },
    description: { ru: event.description_ru, en: event.description_en },
    startsAt: event.starts_at,
    endsAt: event.ends_at,
    timezone: event.timezone,
    host: {
      exhibitorId: event.exhibitor_id,
      name:
        event.exhibitor_id === null
          ? { ru: event.exhibition_ru, en: event.exhibition_en }
          : { ru: event.exhibitor_ru ?? "", en: event.exhibitor_en ?? "" },
    },
    speakers: speakersByEvent.get(event.id) ?? [],
    capacity: event.capacity,
    seatsLeft: event.capacity === null ? null : Math.max(0, event.capacity - (taken.get(event.id) ?? 0)),
    registrationMode: event.registration_mode,
    // Drafts and submitted events reach a row only for their hosts (event page); shown as approved there.
    status: event.status === "cancelled" ? "cancelled" : "approved",
    myStatus: mine.get(event.id) ?? null,
  }));
}
