/**
 * The decision deadline of a pre-moderated application: nobody may be left waiting past it, so
 * an application still pending then is accepted (SEEDS.md 001: a rejection must come within
 * 2 days and never the day before the event).
 */
import type { JobHandler } from "../jobs/types.ts";
import { queueMail } from "../mail/queue.ts";
import { planReminders } from "../reminders/plan.ts";
import { letterFacts, registrationLetter } from "./letters.ts";

/** The kind the jobs runner registers `acceptOverdueApplication` under. */
export const DECISION_DEADLINE_JOB = "registration.decisionDeadline";

/** One deadline job per registration. */
export function deadlineJobKey(registrationId: string): string {
  return `registration:deadline:${registrationId}`;
}

/**
 * Accepts the application if it is still pending (nobody decided in time) and queues the
 * acceptance letter with the .ics. Running it again changes nothing and queues no second letter.
 */
export const acceptOverdueApplication: JobHandler = async (payload, ctx) => {
  const registrationId = payload.registrationId;
  if (typeof registrationId !== "string") return;
  const row = await ctx.db
    .selectFrom("registrations")
    .innerJoin("events", "events.id", "registrations.event_id")
    .select(["registrations.status", "events.status as event_status"])
    .where("registrations.id", "=", registrationId)
    .executeTakeFirst();
  if (row?.status !== "pending" || row.event_status === "cancelled") return;
  const now = ctx.now.toISOString();
  const accepted = await ctx.db
    .updateTable("registrations")
    .set({ status: "accepted", decided_at: now, decided_by: null, reason: null })
    .where("id", "=", registrationId)
    .where("status", "=", "pending")
    .executeTakeFirst();
  if (Number(accepted.numUpdatedRows) === 0) return;
  await planReminders(ctx.db, registrationId, ctx.now);
  const letter = registrationLetter("approved", await letterFacts(ctx.db, registrationId, ctx.publicUrl));
  await queueMail(ctx.db, letter, ctx.now, `registration:accepted:${registrationId}`);
};
