/** Whether an event takes registrations now, and how many seats are taken. */
import { type Database, dialectOf, type Event } from "@pavilion/db";
import type { AppErrorCode, RegistrationClosedReason } from "@pavilion/schema";

/** Accepted and pending registrations hold seats. */
export async function seatsTaken(db: Database, eventId: string): Promise<number> {
  const row = await db
    .selectFrom("registrations")
    .select((eb) => eb.fn.countAll<number | string>().as("taken"))
    .where("event_id", "=", eventId)
    .where("status", "in", ["accepted", "pending"])
    .executeTakeFirstOrThrow();
  return Number(row.taken);
}

/**
 * Serialises the registrations of one event on PostgreSQL, so two people never both take the
 * last seat (SQLite runs one write transaction at a time anyway). Returns the event as locked.
 */
export async function lockEvent(trx: Database, eventId: string): Promise<Event | undefined> {
  const query = trx.selectFrom("events").selectAll().where("id", "=", eventId);
  return dialectOf(trx) === "postgres" ? query.forUpdate().executeTakeFirst() : query.executeTakeFirst();
}

/** Why the event takes no registrations whatever the seats: cancelled, not published, started. */
export function lifecycleClosure(event: Event, now: Date): RegistrationClosedReason | null {
  if (event.status === "cancelled") return "cancelled";
  if (event.status !== "approved") return "notPublished";
  if (now.getTime() >= Date.parse(event.starts_at)) return "over";
  return null;
}

/** Seats left, or null for an event without a limit. */
export function seatsLeft(event: Event, taken: number): number | null {
  return event.capacity === null ? null : Math.max(0, event.capacity - taken);
}

/** Why the form is closed for everyone now, or null while it is open. */
export function closedReason(event: Event, taken: number, now: Date): RegistrationClosedReason | null {
  return lifecycleClosure(event, now) ?? (seatsLeft(event, taken) === 0 ? "full" : null);
}

/** The error a registration meets when the form is closed for that reason. */
export function closedError(reason: RegistrationClosedReason): AppErrorCode {
  switch (reason) {
    case "full":
      return "registration.full";
    case "over":
      return "registration.over";
    case "cancelled":
      return "registration.eventCancelled";
    case "notPublished":
      return "registration.notPublished";
    default: {
      const never: never = reason;
      return never;
    }
  }
}
