/**
 * Cancelling an event: it stays in the schedule marked cancelled; everyone holding a seat gets a
 * letter with the reason (queued with the change, so sent once), their reminders and pending
 * decision deadlines stop, and a waiting change is dropped.
 */
import type { Database } from "@pavilion/db";
import type { SessionUser } from "@pavilion/schema";
import { AppError } from "../../errors.ts";
import { exhibitionName } from "../cabinet/names.ts";
import { inTransaction } from "../floor/placement.ts";
import { cancelPendingJobs } from "../jobs/queue.ts";
import { queueMail } from "../mail/queue.ts";
import { lockEvent } from "../registration/availability.ts";
import { deadlineJobKey } from "../registration/decision-deadline.ts";
import { replanEventReminders } from "../reminders/plan.ts";
import { openAuthoredEvent } from "./access.ts";
import { cancelledLetter, seatHolders } from "./letters.ts";

/** Cancels the event for the reason given; returns how many registrants were written to. */
export async function cancelEvent(
  deps: { db: Database; now: Date; publicUrl: string },
  user: SessionUser,
  eventId: string,
  reason: string,
): Promise<number> {
  await openAuthoredEvent(deps.db, user, eventId);
  const { now } = deps;
  return inTransaction(deps.db, async (trx) => {
    const event = await lockEvent(trx, eventId);
    if (!event) throw new AppError("notFound");
    if (event.status === "cancelled") throw new AppError("authoring.cancelled");
    if (now.getTime() >= Date.parse(event.ends_at)) throw new AppError("authoring.over");
    await trx
      .updateTable("events")
      .set({ status: "cancelled", updated_at: now.toISOString() })
      .where("id", "=", eventId)
      .execute();
    await trx.deleteFrom("event_revisions").where("event_id", "=", eventId).execute();
    await replanEventReminders(trx, eventId, now);
    const cancelled = { ...event, status: "cancelled" as const, updated_at: now.toISOString() };
    const holders = await seatHolders(trx, eventId);
    const exhibition = await exhibitionName(trx);
    for (const registration of holders) {
      if (registration.status === "pending")
        await cancelPendingJobs(trx, deadlineJobKey(registration.id), now);
      const letter = cancelledLetter(registration, {
        event: cancelled,
        exhibition,
        publicUrl: deps.publicUrl,
        reason,
      });
      await queueMail(trx, letter, now, `authoring:cancelled:${registration.id}`);
    }
    return holders.length;
  });
}
