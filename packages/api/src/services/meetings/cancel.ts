/**
 * Cancelling a meeting, by the visitor who booked it or by the exhibitor's team: the event is
 * cancelled, its reminders stop, the time is free again for others, and both sides are told.
 */
import type { Database } from "@pavilion/db";
import type { SessionUser } from "@pavilion/schema";
import { AppError, NotFoundError } from "../../errors.ts";
import { isMemberOf } from "../auth/membership.ts";
import { replanEventReminders } from "../reminders/plan.ts";
import type { MeetingDeps } from "./context.ts";
import { type CancelledBy, meetingFacts, meetingLetters } from "./letters.ts";

interface BookedSlot {
  id: string;
  exhibitor_id: string;
  host_user_id: string;
  starts_at: string;
  event_id: string | null;
  booked_by: string | null;
}

function bookedSlots(db: Database) {
  return db
    .selectFrom("meeting_slots")
    .select(["id", "exhibitor_id", "host_user_id", "starts_at", "event_id", "booked_by"]);
}

/** Cancels the meeting booked on the slot; the caller booked it or is on the exhibitor's team. */
export async function cancelMeeting(deps: MeetingDeps, user: SessionUser, slotId: string): Promise<void> {
  const slot = await bookedSlots(deps.db).where("id", "=", slotId).executeTakeFirst();
  const team = slot !== undefined && isMemberOf(user, slot.exhibitor_id);
  // Others' bookings are none of a visitor's business: as if the slot did not exist.
  if (!slot || (!team && slot.booked_by !== user.id)) throw new NotFoundError("meeting slot");
  await cancelBooked(deps, slot, slot.booked_by === user.id ? "visitor" : "team");
}

/** Cancels the meeting that is this event (its registration's "cancel" in the agenda comes here). */
export async function cancelMeetingEvent(
  deps: MeetingDeps,
  user: SessionUser,
  eventId: string,
): Promise<void> {
  const slot = await bookedSlots(deps.db).where("event_id", "=", eventId).executeTakeFirst();
  if (!slot) throw new AppError("registration.notCancellable");
  await cancelMeeting(deps, user, slot.id);
}

async function cancelBooked(deps: MeetingDeps, slot: BookedSlot, by: CancelledBy): Promise<void> {
  const { db, now } = deps;
  const eventId = slot.event_id;
  if (eventId === null) throw new AppError("meetings.notBooked");
  if (Date.parse(slot.starts_at) <= now.getTime()) throw new AppError("meetings.slotPast");
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const freed = await trx
      .updateTable("meeting_slots")
      .set({ event_id: null, booked_by: null, booked_at: null })
      .where("id", "=", slot.id)
      .where("event_id", "=", eventId)
      .executeTakeFirst();
    if (Number(freed.numUpdatedRows) === 0) throw new AppError("meetings.notBooked");
    await trx
      .updateTable("events")
      .set({ status: "cancelled", updated_at: at })
      .where("id", "=", eventId)
      .execute();
    // The visitor who cancelled no longer holds it; a meeting the team called off stays in
    // the visitor's agenda, marked cancelled, so they learn of it there too.
    if (by === "visitor") {
      await trx
        .updateTable("registrations")
        .set({ status: "cancelled", cancelled_at: at })
        .where("event_id", "=", eventId)
        .where("status", "in", ["accepted", "pending"])
        .execute();
    }
    await replanEventReminders(trx, eventId, now);
    const event = await trx
      .selectFrom("events")
      .select("exhibition_id")
      .where("id", "=", eventId)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("activity")
      .values({
        ...{ occurred_at: at, user_id: slot.booked_by, exhibition_id: event.exhibition_id },
        ...{
          exhibitor_id: slot.exhibitor_id,
          event_id: eventId,
          material_id: null,
          kind: "meeting.cancelled",
        },
        data: JSON.stringify({ slotId: slot.id, by }),
      })
      .execute();
  });
  const facts = await meetingFacts(db, eventId, slot.host_user_id, deps.publicUrl);
  for (const letter of meetingLetters("cancelled", facts, by)) await deps.mailer.send(letter);
}
