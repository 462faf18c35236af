/**
 * An event as the programme lists it: what openEvent allows, plus cancelled events, which stay in
 * the schedule (marked) so people who planned to come learn of it; and meetings only for their sides.
 */
import type { Database } from "@pavilion/db";
import type { SessionUser } from "@pavilion/schema";
import { NotFoundError } from "../../errors.ts";
import { isMemberOf } from "../auth/membership.ts";
import { type EventForCaller, openEvent } from "../events/event-access.ts";

async function openCancelled(
  db: Database,
  user: SessionUser | null,
  eventId: string,
): Promise<EventForCaller> {
  const event = await db.selectFrom("events").selectAll().where("id", "=", eventId).executeTakeFirstOrThrow();
  const isOrganiser = user?.role === "organiser";
  const isHost = event.exhibitor_id === null ? isOrganiser : isMemberOf(user, event.exhibitor_id);
  const mine = user
    ? await db
        .selectFrom("registrations")
        .select("status")
        .where("event_id", "=", eventId)
        .where("user_id", "=", user.id)
        .where("status", "in", ["accepted", "pending"])
        .orderBy("status")
        .executeTakeFirst()
    : undefined;
  const registration = (mine?.status as "accepted" | "pending" | undefined) ?? null;
  return { event, isHost, isOrganiser, registration };
}

/** The event for this caller, or NotFoundError when the programme does not show it to them. */
export async function openListedEvent(
  db: Database,
  user: SessionUser | null,
  eventId: string,
): Promise<EventForCaller> {
  const row = await db.selectFrom("events").select("status").where("id", "=", eventId).executeTakeFirst();
  const caller =
    row?.status === "cancelled" ? await openCancelled(db, user, eventId) : await openEvent(db, user, eventId);
  const party = caller.isHost || caller.isOrganiser || caller.registration !== null;
  if (caller.event.kind === "meeting" && !party) throw new NotFoundError("event");
  return caller;
}
