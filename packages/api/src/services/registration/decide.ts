/** Decisions on pre-moderated applications by the event's hosts and organisers, within the rules. */
import type { DecideRegistrationInput, Registrant, SessionUser } from "@pavilion/schema";
import { AppError } from "../../errors.ts";
import { cancelPendingJobs } from "../jobs/queue.ts";
import { planReminders } from "../reminders/plan.ts";
import { lockEvent } from "./availability.ts";
import { findRegistration, openEventToManage, type RegistrationDeps, sendLetter } from "./context.ts";
import { rejectionRefusal } from "./deadlines.ts";
import { deadlineJobKey } from "./decision-deadline.ts";
import { loadRegistrant } from "./rows.ts";
import { momentWords } from "./time-words.ts";

/**
 * Accepts (any time while pending: a pending application already holds its seat) or rejects
 * with a reason (only within the decision window and before the day before the event).
 */
export async function decideRegistration(
  deps: RegistrationDeps,
  user: SessionUser,
  input: DecideRegistrationInput,
): Promise<Registrant> {
  const found = await findRegistration(deps.db, input.registrationId);
  const event = await openEventToManage(deps.db, user, found.event_id);
  const now = deps.now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await lockEvent(trx, event.id);
    const registration = await findRegistration(trx, input.registrationId);
    if (registration.status !== "pending") throw new AppError("registration.notPending");
    if (input.decision === "reject") {
      const refusal = rejectionRefusal(registration, event, deps.now);
      if (refusal?.deadline) {
        const deadline = momentWords(refusal.deadline, event.timezone, deps.locale);
        throw new AppError(refusal.code, undefined, { deadline });
      }
      if (refusal) throw new AppError(refusal.code);
    }
    const accepted = input.decision === "accept";
    await trx
      .updateTable("registrations")
      .set({
        ...{ status: accepted ? "accepted" : "rejected", reason: accepted ? null : input.reason },
        ...{ decided_at: now, decided_by: user.id },
      })
      .where("id", "=", registration.id)
      .execute();
    await cancelPendingJobs(trx, deadlineJobKey(registration.id), deps.now);
    if (accepted) await planReminders(trx, registration.id, deps.now);
  });
  await sendLetter(deps, input.decision === "accept" ? "approved" : "rejected", input.registrationId);
  return loadRegistrant(deps.db, event, input.registrationId, deps.now);
}
