/** Sending an event (or an approved event's change) to the organisers, and taking a change back. */
import type { Database } from "@pavilion/db";
import type { SessionUser } from "@pavilion/schema";
import { AppError } from "../../errors.ts";
import { inTransaction } from "../floor/placement.ts";
import { openAuthoredEvent } from "./access.ts";
import { recordSubmission } from "./authors.ts";
import { draftOfRevision, loadEventDraft } from "./draft.ts";
import { assertNotInThePast, timesDiffer } from "./rules.ts";

/** Puts a draft, or the pending change of an approved event, in the organisers' queue. */
export async function submitEvent(
  db: Database,
  user: SessionUser,
  eventId: string,
  now: Date,
): Promise<void> {
  const event = await openAuthoredEvent(db, user, eventId);
  if (event.status === "cancelled") throw new AppError("authoring.cancelled");
  const at = now.toISOString();
  if (event.status === "draft") {
    assertNotInThePast(await loadEventDraft(db, event), now);
    await inTransaction(db, async (trx) => {
      await trx
        .updateTable("events")
        .set({ status: "submitted", review_note: null, updated_at: at })
        .where("id", "=", eventId)
        .where("status", "=", "draft")
        .execute();
      await recordSubmission(trx, event, user.id, now);
    });
    return;
  }
  const revision = await db
    .selectFrom("event_revisions")
    .select(["payload", "status"])
    .where("event_id", "=", eventId)
    .executeTakeFirst();
  if (event.status !== "approved" || !revision || revision.status === "submitted")
    throw new AppError("authoring.notSubmittable");
  const proposed = draftOfRevision(revision.payload);
  if (timesDiffer(proposed, await loadEventDraft(db, event))) assertNotInThePast(proposed, now);
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable("event_revisions")
      .set({ status: "submitted", review_note: null, submitted_at: at, updated_at: at })
      .where("event_id", "=", eventId)
      .execute();
    await recordSubmission(trx, event, user.id, now);
  });
}

/** Drops the pending change of an approved event (waiting or not): the public version stays. */
export async function discardRevision(db: Database, user: SessionUser, eventId: string): Promise<void> {
  await openAuthoredEvent(db, user, eventId);
  const removed = await db.deleteFrom("event_revisions").where("event_id", "=", eventId).executeTakeFirst();
  if (Number(removed.numDeletedRows) === 0) throw new AppError("authoring.noRevision");
}
