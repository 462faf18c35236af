/** Test helpers for the programme: events made to measure, speakers, agenda items, registrations. */
import type { Database, EventsTable, RegistrationStatus } from "@pavilion/db";
import type { Insertable } from "kysely";
import { T0 } from "../floor/test-fixtures.ts";

/** Inserts an approved, open programme session (Moscow time, no stream) with the given changes; returns its id. */
export async function insertSession(
  db: Database,
  exhibitionId: string,
  changes: Partial<Insertable<EventsTable>> = {},
): Promise<string> {
  const id = changes.id ?? crypto.randomUUID();
  await db
    .insertInto("events")
    .values({
      ...{ id, exhibition_id: exhibitionId, exhibitor_id: null, kind: "programme", format: "seminar" },
      ...{ stream: null, title_ru: "Сессия", title_en: "Session", description_ru: "", description_en: "" },
      ...{ starts_at: "2026-11-24T08:00:00.000Z", ends_at: "2026-11-24T09:00:00.000Z" },
      ...{ timezone: "Europe/Moscow", capacity: null, registration_mode: "open", access: "everyone" },
      ...{ status: "approved", created_at: T0, updated_at: T0 },
      ...changes,
    })
    .execute();
  return id;
}

/** Inserts a speaker of the exhibition and puts them on the event at `position`; returns the speaker's id. */
export async function insertSpeaker(
  db: Database,
  exhibitionId: string,
  eventId: string,
  speaker: { ru: string; en: string; companyRu?: string; companyEn?: string; position?: number },
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto("speakers")
    .values({
      ...{ id, exhibition_id: exhibitionId, exhibitor_id: null, name_ru: speaker.ru, name_en: speaker.en },
      ...{
        achievements_ru: "",
        achievements_en: "",
        bio_ru: `О ${speaker.ru}`,
        bio_en: `About ${speaker.en}`,
      },
      ...{ company_ru: speaker.companyRu ?? "", company_en: speaker.companyEn ?? "", photo_file_id: null },
      ...{ phone: null, email: null, created_at: T0 },
    })
    .execute();
  await db
    .insertInto("event_speakers")
    .values({ event_id: eventId, speaker_id: id, role: "speaker", position: speaker.position ?? 0 })
    .execute();
  return id;
}

export interface RegistrantFixture {
  userId?: string | null;
  status?: RegistrationStatus;
  lastName?: string;
  firstName?: string;
  company?: string;
  position?: string;
  email?: string;
  phone?: string;
  heardFrom?: string;
  reason?: string | null;
  createdAt?: string;
  registeredBy?: string | null;
  attendedAt?: string | null;
  checkedInAt?: string | null;
}

/** Inserts a registration for the event (accepted, by nobody signed in unless told); returns its id. */
export async function insertRegistration(db: Database, eventId: string, r: RegistrantFixture = {}) {
  const id = crypto.randomUUID();
  await db
    .insertInto("registrations")
    .values({
      ...{ id, event_id: eventId, user_id: r.userId ?? null, last_name: r.lastName ?? "Иванова" },
      ...{ first_name: r.firstName ?? "Анна", company: r.company ?? "ООО «Ромашка»" },
      ...{ position: r.position ?? "Директор", email: r.email ?? `${id}@example.test` },
      ...{ phone: r.phone ?? "+7 (912) 345-67-89", heard_from: r.heardFrom ?? "", locale: "ru" },
      ...{ status: r.status ?? "accepted", reason: r.reason ?? null, created_at: r.createdAt ?? T0 },
      ...{ decided_at: null, attended_at: r.attendedAt ?? null, registered_by: r.registeredBy ?? null },
      ...{ checked_in_at: r.checkedInAt ?? null },
    })
    .execute();
  return id;
}
