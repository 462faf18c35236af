/** Registration rows as the registrant and as the event's staff see them. */
import type { Database, Event, Registration } from "@pavilion/db";
import type { MyRegistration, Registrant } from "@pavilion/schema";
import { rejectableUntil } from "./deadlines.ts";

/** What the registrant's page shows of their registration. */
export function toMyRegistration(row: Registration): MyRegistration {
  return {
    ...{ id: row.id, status: row.status, reason: row.reason, decisionDueAt: row.decision_due_at },
    createdAt: row.created_at,
    form: {
      ...{ lastName: row.last_name, firstName: row.first_name, company: row.company },
      ...{ position: row.position, email: row.email, phone: row.phone, heardFrom: row.heard_from },
    },
  };
}

/** A registration with the labels and names the staff's list shows. */
export type RegistrantRow = Registration & {
  heard_from_ru: string | null;
  heard_from_en: string | null;
  registered_by_name: string | null;
};

/** The event's registrations with their labels (or one of them, by id). */
export function registrantRows(db: Database, eventId: string) {
  return db
    .selectFrom("registrations as r")
    .leftJoin("heard_from_options as h", "h.id", "r.heard_from")
    .leftJoin("users as staff", "staff.id", "r.registered_by")
    .selectAll("r")
    .select([
      "h.label_ru as heard_from_ru",
      "h.label_en as heard_from_en",
      "staff.name as registered_by_name",
    ])
    .where("r.event_id", "=", eventId);
}

/** One registrant as the staff's list shows them. */
export function toRegistrant(row: RegistrantRow, event: Event, now: Date): Registrant {
  return {
    ...{ id: row.id, lastName: row.last_name, firstName: row.first_name, company: row.company },
    ...{ position: row.position, email: row.email, phone: row.phone },
    heardFrom: { ru: row.heard_from_ru ?? "", en: row.heard_from_en ?? "" },
    ...{ locale: row.locale, status: row.status, reason: row.reason, createdAt: row.created_at },
    ...{ decidedAt: row.decided_at, decisionDueAt: row.decision_due_at },
    ...{ registeredBy: row.registered_by_name, attendedAt: row.attended_at, checkedInAt: row.checked_in_at },
    rejectableUntil: rejectableUntil(row, event, now),
  };
}

/** Loads one registrant of the event as the staff's list shows them. */
export async function loadRegistrant(db: Database, event: Event, registrationId: string, now: Date) {
  const row = await registrantRows(db, event.id).where("r.id", "=", registrationId).executeTakeFirstOrThrow();
  return toRegistrant(row, event, now);
}
