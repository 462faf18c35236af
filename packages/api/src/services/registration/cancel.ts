/** Cancelling a registration (by the registrant or the event's staff): the seat reopens. */
import type { SessionUser } from "@pavilion/schema";
import { AppError } from "../../errors.ts";
import { cancelPendingJobs } from "../jobs/queue.ts";
import { cancelMeetingEvent } from "../meetings/cancel.ts";
import { lockEvent } from "./availability.ts";
import { findRegistration, openEventToManage, type RegistrationDeps, sendLetter } from "./context.ts";
import { deadlineJobKey } from "./decision-deadline.ts";

/** Cancels an accepted or pending registration before the event starts; its planned jobs stop. */
export async function cancelRegistration(
  deps: RegistrationDeps,
  user: SessionUser,
  registrationId: string,
): Promise<{ eventId: string }> {
  const found = await findRegistration(deps.db, registrationId);
  // A meeting's registration is the meeting: cancelling it frees the booked time too.
  const kind = await deps.db
    .selectFrom("events")
    .select("kind")
    .where("id", "=", found.event_id)
    .executeTakeFirst();
  if (kind?.kind === "meeting") {
    await cancelMeetingEvent(deps, user, found.event_id);
    return { eventId: found.event_id };
  }
  if (found.user_id !== user.id) await openEventToManage(deps.db, user, found.event_id);
  await deps.db.transaction().execute(async (trx) => {
    const event = await lockEvent(trx, found.event_id);
    const registration = await findRegistration(trx, registrationId);
    const live = registration.status === "accepted" || registration.status === "pending";
    const started = event !== undefined && deps.now.getTime() >= Date.parse(event.starts_at);
    if (!live || started) throw new AppError("registration.notCancellable");
    await trx
      .updateTable("registrations")
      .set({ status: "cancelled", cancelled_at: deps.now.toISOString() })
      .where("id", "=", registrationId)
      .execute();
    await cancelPendingJobs(trx, deadlineJobKey(registrationId), deps.now);
    await cancelPendingJobs(trx, `reminder:${registrationId}:`, deps.now);
  });
  await sendLetter(deps, "cancelled", registrationId);
  return { eventId: found.event_id };
}
