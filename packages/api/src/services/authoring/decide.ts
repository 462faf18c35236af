/**
 * The organisers' decisions. Approving a new event publishes it; approving a revision applies it
 * to the event's row, agenda and speakers in one transaction, and when the time moved re-plans the
 * reminders and decision deadlines and writes to everyone holding a seat. Sending back keeps the
 * public version. The authors hear of either in their language.
 */
import type { Database, Event } from "@pavilion/db";
import { AppError, NotFoundError } from "../../errors.ts";
import { exhibitionName } from "../cabinet/names.ts";
import { inTransaction } from "../floor/placement.ts";
import { enqueueJob } from "../jobs/queue.ts";
import type { Mailer } from "../mail/mailer.ts";
import { queueMail } from "../mail/queue.ts";
import { lockEvent } from "../registration/availability.ts";
import { decisionDueAt } from "../registration/deadlines.ts";
import { DECISION_DEADLINE_JOB, deadlineJobKey } from "../registration/decision-deadline.ts";
import { replanEventReminders } from "../reminders/plan.ts";
import { draftOfRevision, eventColumns, writeSpeakersAndAgenda } from "./draft.ts";
import { seatHolders, tellAuthors, timeChangedLetter } from "./letters.ts";
import { assertSpeakersAllowed } from "./rules.ts";

export interface DecisionDeps {
  db: Database;
  mailer: Mailer;
  now: Date;
  publicUrl: string;
  organiserId: string;
}

export interface DecisionResult {
  what: "event" | "revision";
  timeChanged: boolean;
  notified: number;
}

async function lockAuthoredEvent(trx: Database, eventId: string): Promise<Event> {
  const event = await lockEvent(trx, eventId);
  if (!event || event.kind === "meeting") throw new NotFoundError("event");
  return event;
}

async function submittedRevision(trx: Database, eventId: string) {
  const revision = await trx
    .selectFrom("event_revisions")
    .select("payload")
    .where("event_id", "=", eventId)
    .where("status", "=", "submitted")
    .executeTakeFirst();
  if (!revision) throw new AppError("authoring.notSubmitted");
  return draftOfRevision(revision.payload);
}

/** Pending applications must still be decided by the day before the (moved) event. */
async function moveDecisionDeadlines(trx: Database, event: Event, now: Date): Promise<void> {
  const pending = await trx
    .selectFrom("registrations")
    .select(["id", "created_at", "decision_due_at"])
    .where("event_id", "=", event.id)
    .where("status", "=", "pending")
    .execute();
  for (const registration of pending) {
    const due = decisionDueAt(new Date(registration.created_at), event);
    if (registration.decision_due_at === due.toISOString()) continue;
    await trx
      .updateTable("registrations")
      .set({ decision_due_at: due.toISOString() })
      .where("id", "=", registration.id)
      .execute();
    const job = { kind: DECISION_DEADLINE_JOB, dedupeKey: deadlineJobKey(registration.id), runAt: due };
    await enqueueJob(trx, { ...job, payload: { registrationId: registration.id } }, now);
  }
}

/** Applies the submitted revision to the public rows; returns the event before and after. */
async function applyRevision(trx: Database, before: Event, deps: DecisionDeps) {
  const draft = await submittedRevision(trx, before.id);
  // A speaker may have been deleted since the change was written.
  await assertSpeakersAllowed(trx, draft, {
    exhibitionId: before.exhibition_id,
    exhibitorId: before.exhibitor_id,
  });
  await trx
    .updateTable("events")
    .set({ ...eventColumns(draft), updated_at: deps.now.toISOString() })
    .where("id", "=", before.id)
    .execute();
  await writeSpeakersAndAgenda(trx, before.id, draft);
  await trx.deleteFrom("event_revisions").where("event_id", "=", before.id).execute();
  return trx.selectFrom("events").selectAll().where("id", "=", before.id).executeTakeFirstOrThrow();
}

/** Tells everyone holding a seat of the new time (queued with the change, so sent once). */
async function announceNewTime(
  trx: Database,
  before: Event,
  after: Event,
  deps: DecisionDeps,
): Promise<number> {
  await replanEventReminders(trx, after.id, deps.now);
  await moveDecisionDeadlines(trx, after, deps.now);
  const exhibition = await exhibitionName(trx);
  const holders = await seatHolders(trx, after.id);
  for (const registration of holders) {
    const letter = timeChangedLetter(registration, {
      event: after,
      exhibition,
      publicUrl: deps.publicUrl,
      before,
    });
    const key = `authoring:moved:${registration.id}:${after.starts_at}:${after.ends_at}`;
    await queueMail(trx, letter, deps.now, key);
  }
  return holders.length;
}

/** Approves the submitted event or the submitted change of an approved one. */
export async function approveEvent(deps: DecisionDeps, eventId: string): Promise<DecisionResult> {
  const at = deps.now.toISOString();
  const decided = await inTransaction(deps.db, async (trx) => {
    const before = await lockAuthoredEvent(trx, eventId);
    if (before.status === "submitted") {
      await trx
        .updateTable("events")
        .set({ status: "approved", approved_at: at, review_note: null, updated_at: at })
        .where("id", "=", eventId)
        .execute();
      return { what: "event" as const, event: before, timeChanged: false, notified: 0 };
    }
    if (before.status !== "approved") throw new AppError("authoring.notSubmitted");
    const after = await applyRevision(trx, before, deps);
    const timeChanged = before.starts_at !== after.starts_at || before.ends_at !== after.ends_at;
    const notified = timeChanged ? await announceNewTime(trx, before, after, deps) : 0;
    return { what: "revision" as const, event: after, timeChanged, notified };
  });
  const letter = decided.what === "event" ? "approved" : "revisionApproved";
  await tellAuthors(deps.db, deps.mailer, decided.event, letter, { publicUrl: deps.publicUrl });
  return { what: decided.what, timeChanged: decided.timeChanged, notified: decided.notified };
}

/** Sends the submitted event (or change) back to its authors with the note; the public version stays. */
export async function sendBack(deps: DecisionDeps, eventId: string, note: string): Promise<void> {
  const at = deps.now.toISOString();
  const decided = await inTransaction(deps.db, async (trx) => {
    const event = await lockAuthoredEvent(trx, eventId);
    if (event.status === "submitted") {
      await trx
        .updateTable("events")
        .set({ status: "draft", review_note: note, updated_at: at })
        .where("id", "=", eventId)
        .execute();
      return { event, letter: "sentBack" as const };
    }
    if (event.status !== "approved") throw new AppError("authoring.notSubmitted");
    await submittedRevision(trx, eventId);
    await trx
      .updateTable("event_revisions")
      .set({
        status: "rejected",
        review_note: note,
        decided_at: at,
        decided_by: deps.organiserId,
        updated_at: at,
      })
      .where("event_id", "=", eventId)
      .execute();
    return { event, letter: "revisionSentBack" as const };
  });
  await tellAuthors(deps.db, deps.mailer, decided.event, decided.letter, { publicUrl: deps.publicUrl, note });
}
