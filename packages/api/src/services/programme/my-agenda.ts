/** "My agenda": what a person registered for, and the private feed that puts it in their calendar. */
import { randomBytes } from "node:crypto";
import type { Database, DB } from "@pavilion/db";
import type { MyAgenda, SessionUser } from "@pavilion/schema";
import type { ExpressionBuilder } from "kysely";
import { eventRowsQuery, scheduleRows } from "./schedule-rows.ts";

/** The feed's address for a token. */
export function calendarFeedUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/calendar/${token}.ics`;
}

/** Ids of the events the person holds an accepted or pending registration for. */
export function registeredEventIds(db: Database, userId: string) {
  return db
    .selectFrom("registrations")
    .select("event_id")
    .where("user_id", "=", userId)
    .where("status", "in", ["accepted", "pending"]);
}

/** Ids of the booked meetings the person hosts for their exhibitor (see services/meetings). */
export function hostedMeetingIds(db: Database, userId: string) {
  return db
    .selectFrom("meeting_slots")
    .select("event_id")
    .where("host_user_id", "=", userId)
    .where("event_id", "is not", null)
    .$narrowType<{ event_id: string }>();
}

/** The events in a person's agenda: what they registered for, and the meetings they host. */
export function inAgendaOf(db: Database, userId: string) {
  return (eb: ExpressionBuilder<DB, "events">) =>
    eb.or([
      eb("events.id", "in", registeredEventIds(db, userId)),
      eb("events.id", "in", hostedMeetingIds(db, userId)),
    ]);
}

/**
 * The caller's events (accepted or pending, cancelled events included and marked) and the
 * meetings they host, soonest first.
 */
export async function myAgenda(db: Database, user: SessionUser, publicUrl: string): Promise<MyAgenda> {
  const rows = await eventRowsQuery(db)
    .where(inAgendaOf(db, user.id))
    .orderBy("events.starts_at")
    .orderBy("events.stream")
    .orderBy("events.id")
    .execute();
  const owner = await db
    .selectFrom("users")
    .select("calendar_token")
    .where("id", "=", user.id)
    .executeTakeFirst();
  const token = owner?.calendar_token ?? null;
  return {
    events: await scheduleRows(db, user, rows),
    calendarFeedUrl: token === null ? null : calendarFeedUrl(publicUrl, token),
  };
}

/**
 * The caller's feed URL: made on first use; with `rotate`, replaced by a new one so whoever
 * learnt the old address sees nothing any more.
 */
export async function ensureCalendarFeed(
  db: Database,
  userId: string,
  publicUrl: string,
  rotate: boolean,
): Promise<{ url: string }> {
  const user = await db
    .selectFrom("users")
    .select("calendar_token")
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  if (user.calendar_token !== null && !rotate)
    return { url: calendarFeedUrl(publicUrl, user.calendar_token) };
  const token = randomBytes(32).toString("base64url");
  await db.updateTable("users").set({ calendar_token: token }).where("id", "=", userId).execute();
  return { url: calendarFeedUrl(publicUrl, token) };
}
