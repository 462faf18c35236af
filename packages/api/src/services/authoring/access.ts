/**
 * Who writes what: an exhibitor's team writes its webinars and speakers; organisers write the
 * programme (exhibitor null) and may edit anything. Meetings are not written here.
 */
import type { Database, Event } from "@pavilion/db";
import type { SessionUser } from "@pavilion/schema";
import { ForbiddenError, NotFoundError } from "../../errors.ts";
import { isMemberOf } from "../auth/membership.ts";

/** True when the person may write for the exhibitor (null: the organiser's programme). */
export function mayAuthorFor(user: SessionUser, exhibitorId: string | null): boolean {
  if (user.role === "organiser") return true;
  return exhibitorId !== null && isMemberOf(user, exhibitorId);
}

/** Refuses a person who may not write for the exhibitor (null: the programme). */
export function assertMayAuthorFor(user: SessionUser, exhibitorId: string | null): void {
  if (!mayAuthorFor(user, exhibitorId)) throw new ForbiddenError();
}

/** Loads an event its caller may write: not found for meetings and unknown ids, forbidden for others'. */
export async function openAuthoredEvent(db: Database, user: SessionUser, eventId: string): Promise<Event> {
  const event = await db.selectFrom("events").selectAll().where("id", "=", eventId).executeTakeFirst();
  if (!event || event.kind === "meeting") throw new NotFoundError("event");
  assertMayAuthorFor(user, event.exhibitor_id);
  return event;
}

/** Loads a speaker its caller may edit. */
export async function openAuthoredSpeaker(db: Database, user: SessionUser, speakerId: string) {
  const speaker = await db.selectFrom("speakers").selectAll().where("id", "=", speakerId).executeTakeFirst();
  if (!speaker) throw new NotFoundError("speaker");
  assertMayAuthorFor(user, speaker.exhibitor_id);
  return speaker;
}
