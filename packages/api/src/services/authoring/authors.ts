/**
 * Who hears about a decision on an event: the company's owners for a webinar, or the organiser
 * who submitted a programme session. Submissions of programme sessions are kept as activity rows
 * ("event.submitted"), which is how the submitter is known later.
 */
import type { Database, Event, Locale } from "@pavilion/db";

export const SUBMITTED_ACTIVITY = "event.submitted";

/** A person a letter about the event goes to. */
export interface Author {
  email: string;
  name: string;
  locale: Locale;
}

/** Remembers who submitted a programme session (a company's webinar is answered to its owners). */
export async function recordSubmission(db: Database, event: Event, userId: string, now: Date): Promise<void> {
  if (event.exhibitor_id !== null) return;
  await db
    .insertInto("activity")
    .values({
      ...{ occurred_at: now.toISOString(), user_id: userId, exhibition_id: event.exhibition_id },
      ...{ exhibitor_id: null, event_id: event.id, material_id: null, kind: SUBMITTED_ACTIVITY, data: null },
    })
    .execute();
}

/** The event's authors: the company's owners, or the organiser who last submitted the session. */
export async function authorsOf(db: Database, event: Event): Promise<Author[]> {
  if (event.exhibitor_id !== null)
    return db
      .selectFrom("members")
      .innerJoin("users", "users.id", "members.user_id")
      .select(["users.email", "users.name", "users.locale"])
      .where("members.exhibitor_id", "=", event.exhibitor_id)
      .where("members.role", "=", "owner")
      .orderBy("users.email")
      .execute();
  const submitter = await db
    .selectFrom("activity")
    .innerJoin("users", "users.id", "activity.user_id")
    .select(["users.email", "users.name", "users.locale"])
    .where("activity.event_id", "=", event.id)
    .where("activity.kind", "=", SUBMITTED_ACTIVITY)
    .orderBy("activity.id", "desc")
    .limit(1)
    .execute();
  return submitter;
}
