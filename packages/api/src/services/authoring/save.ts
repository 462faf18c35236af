/**
 * Saving what an author wrote. A new event starts as a draft; a draft (or a submitted event) is
 * changed in place and goes back to draft; an approved event keeps its public rows and the change
 * waits as its revision (SEEDS.md 001: an approved agenda changes only through approval).
 */
import type { Database, Event } from "@pavilion/db";
import type { EventDraft, SaveEventInput, SessionUser } from "@pavilion/schema";
import { AppError, NotFoundError } from "../../errors.ts";
import { currentExhibition } from "../exhibition/overview.ts";
import { inTransaction } from "../floor/placement.ts";
import { assertMayAuthorFor, openAuthoredEvent } from "./access.ts";
import {
  eventColumns,
  loadEventDraft,
  normaliseDraft,
  revisionPayload,
  writeSpeakersAndAgenda,
} from "./draft.ts";
import {
  assertNotInThePast,
  assertSpeakersAllowed,
  assertWithinExhibition,
  exhibitionDays,
  timesDiffer,
} from "./rules.ts";

/** The exhibition a new event of the company (or, for null, of the programme) belongs to. */
async function exhibitionFor(db: Database, exhibitorId: string | null): Promise<string> {
  if (exhibitorId === null) return (await currentExhibition(db)).id;
  const exhibitor = await db
    .selectFrom("exhibitors")
    .select("exhibition_id")
    .where("id", "=", exhibitorId)
    .executeTakeFirst();
  if (!exhibitor) throw new NotFoundError("exhibitor");
  return exhibitor.exhibition_id;
}

async function checkDraft(
  db: Database,
  draft: EventDraft,
  owner: Pick<Event, "exhibition_id" | "exhibitor_id">,
) {
  assertWithinExhibition(draft, await exhibitionDays(db, owner.exhibition_id));
  await assertSpeakersAllowed(db, draft, {
    exhibitionId: owner.exhibition_id,
    exhibitorId: owner.exhibitor_id,
  });
}

async function createEvent(
  db: Database,
  user: SessionUser,
  draft: EventDraft,
  exhibitorId: string | null,
  now: Date,
) {
  assertMayAuthorFor(user, exhibitorId);
  const exhibitionId = await exhibitionFor(db, exhibitorId);
  const owner = { exhibition_id: exhibitionId, exhibitor_id: exhibitorId };
  await checkDraft(db, draft, owner);
  assertNotInThePast(draft, now);
  const { timezone } = await exhibitionDays(db, exhibitionId);
  const id = crypto.randomUUID();
  const at = now.toISOString();
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto("events")
      .values({
        ...{ id, ...owner, kind: exhibitorId === null ? "programme" : "webinar", timezone },
        ...eventColumns(draft),
        ...{ status: "draft", created_at: at, updated_at: at, ended_at: null, recording_file_id: null },
        ...{ recording_egress_id: null, review_note: null, approved_at: null },
      })
      .execute();
    await writeSpeakersAndAgenda(trx, id, draft);
  });
  return id;
}

async function updateEvent(db: Database, event: Event, draft: EventDraft, now: Date): Promise<void> {
  if (event.status === "cancelled") throw new AppError("authoring.cancelled");
  await checkDraft(db, draft, event);
  const at = now.toISOString();
  if (event.status !== "approved") {
    assertNotInThePast(draft, now);
    await inTransaction(db, async (trx) => {
      // A change of a submitted event takes it out of the queue until it is submitted again.
      await trx
        .updateTable("events")
        .set({ ...eventColumns(draft), status: "draft", updated_at: at })
        .where("id", "=", event.id)
        .execute();
      await writeSpeakersAndAgenda(trx, event.id, draft);
    });
    return;
  }
  if (timesDiffer(draft, await loadEventDraft(db, event))) assertNotInThePast(draft, now);
  const payload = revisionPayload(draft);
  await db
    .insertInto("event_revisions")
    .values({
      ...{ event_id: event.id, payload, status: "draft", review_note: null },
      ...{ submitted_at: null, decided_at: null, decided_by: null, updated_at: at },
    })
    // The organisers' note on a sent-back revision stays in view until it is submitted again.
    .onConflict((oc) => oc.column("event_id").doUpdateSet({ payload, status: "draft", updated_at: at }))
    .execute();
}

/** Creates or changes an event; returns its id. */
export async function saveEvent(db: Database, user: SessionUser, input: SaveEventInput, now: Date) {
  const draft = normaliseDraft(input.event);
  if (!input.eventId) return createEvent(db, user, draft, input.exhibitorId ?? null, now);
  const event = await openAuthoredEvent(db, user, input.eventId);
  await updateEvent(db, event, draft, now);
  return event.id;
}
