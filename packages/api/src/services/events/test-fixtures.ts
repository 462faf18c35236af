/** Test helpers for events: an event with its rules, registrations for it, the host's team. */
import type {
  Database,
  EventAccess,
  EventStatus,
  QuestionAccess,
  RecordingAccess,
  RegistrationStatus,
} from "@pavilion/db";
import { T0 } from "../floor/test-fixtures.ts";

export interface EventFixture {
  /** The exhibitor whose webinar it is; null for the organiser's programme. */
  exhibitorId: string | null;
  access?: EventAccess;
  questionAccess?: QuestionAccess;
  recordingAccess?: RecordingAccess;
  status?: EventStatus;
  /** Defaults to 10:00–11:00 UTC on the test clock's day (2026-11-23). */
  startsAt?: string;
  endsAt?: string;
}

/**
 * Inserts a webinar (or a programme session when exhibitorId is null) and returns its id:
 * approved, open to signed-in people, questions from viewers and the recording for signed-in
 * people unless told.
 */
export async function insertEvent(db: Database, exhibitionId: string, e: EventFixture): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto("events")
    .values({
      ...{ id, exhibition_id: exhibitionId, exhibitor_id: e.exhibitorId },
      ...{ kind: e.exhibitorId ? "webinar" : "programme", format: "seminar", stream: null },
      ...{ title_ru: "Вебинар", title_en: "Webinar", description_ru: "О нём", description_en: "About it" },
      starts_at: e.startsAt ?? "2026-11-23T10:00:00.000Z",
      ends_at: e.endsAt ?? "2026-11-23T11:00:00.000Z",
      ...{ timezone: "Europe/Moscow", capacity: null, registration_mode: "open" },
      ...{ access: e.access ?? "signed_in", question_access: e.questionAccess ?? "viewers" },
      ...{ recording_access: e.recordingAccess ?? "signed_in", status: e.status ?? "approved" },
      ...{ created_at: T0, updated_at: T0 },
    })
    .execute();
  return id;
}

/** Registers the person for the event with the given status. */
export async function register(
  db: Database,
  eventId: string,
  userId: string,
  status: RegistrationStatus,
): Promise<void> {
  await db
    .insertInto("registrations")
    .values({
      ...{ id: crypto.randomUUID(), event_id: eventId, user_id: userId, last_name: "L", first_name: "F" },
      ...{ company: "", position: "", email: `${crypto.randomUUID()}@example.test`, phone: "" },
      ...{ heard_from: "", locale: "en", status, reason: null, created_at: T0 },
      ...{ decided_at: null, attended_at: null },
    })
    .execute();
}

/** Puts the person on the exhibitor's team as staff. */
export async function addStaff(db: Database, exhibitorId: string, userId: string): Promise<void> {
  await db
    .insertInto("members")
    .values({ exhibitor_id: exhibitorId, user_id: userId, role: "staff", created_at: T0 })
    .execute();
}
