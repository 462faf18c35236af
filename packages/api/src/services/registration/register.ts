/**
 * Registering a person for an event: the form's rules (open event, a current "how did you hear"
 * choice, one live registration per e-mail, capacity) checked and the row written in one
 * transaction, so the last seat goes to one person only; then the letter, at once.
 */

import type { Database, Event, Locale, Registration } from "@pavilion/db";
import { translate } from "@pavilion/i18n";
import type { MyRegistration, Registrant, RegistrationForm, SessionUser } from "@pavilion/schema";
import { AppError, NotFoundError } from "../../errors.ts";
import { enqueueJob } from "../jobs/queue.ts";
import { recordConsent } from "../leads/consents.ts";
import { planReminders } from "../reminders/plan.ts";
import { closedError, lifecycleClosure, lockEvent, seatsLeft, seatsTaken } from "./availability.ts";
import { openEventToManage, openEventToRegister, type RegistrationDeps, sendLetter } from "./context.ts";
import { decisionDueAt } from "./deadlines.ts";
import { DECISION_DEADLINE_JOB, deadlineJobKey } from "./decision-deadline.ts";
import { requireActiveOption } from "./heard-from.ts";
import { loadRegistrant, toMyRegistration } from "./rows.ts";

interface NewRegistration {
  eventId: string;
  form: RegistrationForm;
  /** The registrant's account, if they have one. */
  userId: string | null;
  /** Staff who entered it for a person who called; they are accepted at once. */
  registeredBy: string | null;
  /** The registrant's language: their letters are in it. */
  locale: Locale;
  /** The registrant agreed to share their contacts with the event's company (self-registration only). */
  shareContacts?: boolean;
}

/** Registers the signed-in caller; the result is what their page shows at once. */
export async function registerSelf(
  deps: RegistrationDeps,
  user: SessionUser,
  input: { eventId: string; form: RegistrationForm; shareContacts?: boolean },
): Promise<MyRegistration> {
  // Visitors meet an unapproved event as unknown, as everywhere else.
  await openEventToRegister(deps.db, user, input.eventId);
  const row = await createRegistration(deps, {
    ...input,
    userId: user.id,
    registeredBy: null,
    locale: deps.locale,
  });
  return toMyRegistration(row);
}

/** Staff of the event (or an organiser) enter the registration of a person who called. */
export async function registerByStaff(
  deps: RegistrationDeps,
  staff: SessionUser,
  input: { eventId: string; form: RegistrationForm; locale: Locale },
): Promise<Registrant> {
  const event = await openEventToManage(deps.db, staff, input.eventId);
  const account = await deps.db
    .selectFrom("users")
    .select("id")
    .where("email", "=", input.form.email.toLowerCase())
    .executeTakeFirst();
  const row = await createRegistration(deps, {
    ...input,
    userId: account?.id ?? null,
    registeredBy: staff.id,
  });
  return loadRegistrant(deps.db, event, row.id, deps.now);
}

async function createRegistration(deps: RegistrationDeps, entry: NewRegistration): Promise<Registration> {
  const row = await deps.db.transaction().execute(async (trx) => {
    const event = await lockEvent(trx, entry.eventId);
    if (!event) throw new NotFoundError("event");
    const closure = lifecycleClosure(event, deps.now);
    if (closure) throw new AppError(closedError(closure));
    await requireActiveOption(trx, event.exhibition_id, entry.form.heardFrom);
    await refuseDuplicate(trx, deps, event.id, entry.form.email);
    if (seatsLeft(event, await seatsTaken(trx, event.id)) === 0) throw new AppError("registration.full");
    return insertRegistration(trx, deps.now, event, entry);
  });
  await sendLetter(deps, row.status === "accepted" ? "accepted" : "received", row.id);
  return row;
}

/** The same e-mail may hold one live (accepted or pending) registration per event. */
async function refuseDuplicate(db: Database, deps: RegistrationDeps, eventId: string, email: string) {
  const live = await db
    .selectFrom("registrations")
    .select("status")
    .where("event_id", "=", eventId)
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.toLowerCase()))
    .where("status", "in", ["accepted", "pending"])
    .orderBy("status")
    .executeTakeFirst();
  if (!live) return;
  const status = translate(deps.locale, `registrationEmail:statuses.${live.status}`);
  throw new AppError("registration.duplicate", undefined, { email, status });
}

async function insertRegistration(trx: Database, now: Date, event: Event, entry: NewRegistration) {
  const { form } = entry;
  // A pending application whose deadline has already come (made the day before) could only
  // be accepted: so it is accepted at once. Staff registrations are accepted at once too.
  const due = decisionDueAt(now, event);
  const moderated = event.registration_mode === "premoderated" && entry.registeredBy === null;
  const pending = moderated && due.getTime() > now.getTime();
  const row: Registration = {
    ...{ id: crypto.randomUUID(), event_id: event.id, user_id: entry.userId },
    ...{ last_name: form.lastName, first_name: form.firstName, company: form.company },
    ...{ position: form.position, email: form.email, phone: form.phone, heard_from: form.heardFrom },
    ...{ locale: entry.locale, status: pending ? "pending" : "accepted", reason: null },
    ...{ created_at: now.toISOString(), decided_at: pending ? null : now.toISOString() },
    ...{
      attended_at: null,
      registered_by: entry.registeredBy,
      decision_due_at: pending ? due.toISOString() : null,
    },
    ...{ decided_by: pending ? null : entry.registeredBy, checked_in_at: null, checked_in_by: null },
    cancelled_at: null,
  };
  await trx.insertInto("registrations").values(row).execute();
  await trx
    .insertInto("activity")
    .values({
      ...{ occurred_at: now.toISOString(), user_id: entry.userId, exhibition_id: event.exhibition_id },
      ...{
        exhibitor_id: event.exhibitor_id,
        event_id: event.id,
        material_id: null,
        kind: "event.registered",
      },
      data: JSON.stringify({
        registrationId: row.id,
        status: row.status,
        byStaff: entry.registeredBy !== null,
      }),
    })
    .execute();
  if (entry.shareContacts && entry.userId !== null && event.exhibitor_id !== null) {
    // The registrant's own agreement, recorded with when and to whom (a lead shows contacts by it).
    await recordConsent(trx, entry.userId, event.exhibitor_id, "registration", now);
  }
  if (pending) {
    const job = { kind: DECISION_DEADLINE_JOB, dedupeKey: deadlineJobKey(row.id), runAt: due };
    await enqueueJob(trx, { ...job, payload: { registrationId: row.id } }, now);
  } else {
    await planReminders(trx, row.id, now);
  }
  return row;
}
