/** Events as their authors see them: the list with where each stands, and the editable version of one. */
import type { Database, Event, EventRevisionStatus } from "@pavilion/db";
import type { AuthoredEvent, AuthoringState, EditableEvent } from "@pavilion/schema";
import { draftOfRevision, loadEventDraft } from "./draft.ts";
import { exhibitionDays } from "./rules.ts";

/** Where the event stands for its author; a draft with the organisers' note was sent back. */
export function stateOf(event: Pick<Event, "status" | "review_note">): AuthoringState {
  if (event.status === "draft" && event.review_note !== null) return "sentBack";
  return event.status;
}

function revisionState(status: EventRevisionStatus): "draft" | "submitted" | "sentBack" {
  return status === "rejected" ? "sentBack" : status;
}

type RevisionRow = {
  event_id: string;
  payload: string;
  status: EventRevisionStatus;
  review_note: string | null;
  submitted_at: string | null;
  updated_at: string;
};

async function revisionsOf(db: Database, eventIds: string[]): Promise<Map<string, RevisionRow>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db.selectFrom("event_revisions").selectAll().where("event_id", "in", eventIds).execute();
  return new Map(rows.map((row) => [row.event_id, row]));
}

async function registeredCounts(db: Database, eventIds: string[]): Promise<Map<string, number>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("registrations")
    .select(["event_id", (eb) => eb.fn.countAll<number | string>().as("n")])
    .where("event_id", "in", eventIds)
    .where("status", "in", ["accepted", "pending"])
    .groupBy("event_id")
    .execute();
  return new Map(rows.map((row) => [row.event_id, Number(row.n)]));
}

function summaryOf(event: Event, revision: RevisionRow | undefined, registered: number): AuthoredEvent {
  // The author reads the title and time of what they are writing: a pending revision's.
  const shown = revision ? draftOfRevision(revision.payload) : null;
  return {
    id: event.id,
    kind: event.kind === "programme" ? "programme" : "webinar",
    exhibitorId: event.exhibitor_id,
    format: shown?.format ?? event.format,
    title: shown?.title ?? { ru: event.title_ru, en: event.title_en },
    stream: shown ? shown.stream : event.stream,
    startsAt: shown?.startsAt ?? event.starts_at,
    endsAt: shown?.endsAt ?? event.ends_at,
    timezone: event.timezone,
    status: event.status,
    state: stateOf(event),
    reviewNote: event.review_note,
    revision: revision
      ? {
          state: revisionState(revision.status),
          reviewNote: revision.review_note,
          submittedAt: revision.submitted_at,
          updatedAt: revision.updated_at,
        }
      : null,
    registered,
    updatedAt: revision?.updated_at ?? event.updated_at,
  };
}

/** The events of a company (or, for null, the organiser's programme), soonest first. */
export async function authoredEvents(db: Database, exhibitorId: string | null): Promise<AuthoredEvent[]> {
  let query = db.selectFrom("events").selectAll().where("kind", "!=", "meeting");
  query =
    exhibitorId === null
      ? query.where("exhibitor_id", "is", null)
      : query.where("exhibitor_id", "=", exhibitorId);
  const events = await query.orderBy("starts_at").orderBy("id").execute();
  const ids = events.map((event) => event.id);
  const [revisions, counts] = await Promise.all([revisionsOf(db, ids), registeredCounts(db, ids)]);
  return events.map((event) => summaryOf(event, revisions.get(event.id), counts.get(event.id) ?? 0));
}

/** The editable version of the event: its pending revision if there is one, else the event itself. */
export async function editableEvent(db: Database, event: Event, now: Date): Promise<EditableEvent> {
  const [revisions, counts, exhibition] = await Promise.all([
    revisionsOf(db, [event.id]),
    registeredCounts(db, [event.id]),
    exhibitionDays(db, event.exhibition_id),
  ]);
  const revision = revisions.get(event.id);
  const draft = revision ? draftOfRevision(revision.payload) : await loadEventDraft(db, event);
  const live = event.status !== "cancelled";
  const submittable =
    event.status === "draft" ||
    (event.status === "approved" && revision !== undefined && revision.status !== "submitted");
  return {
    ...summaryOf(event, revision, counts.get(event.id) ?? 0),
    editing: revision ? "revision" : "event",
    draft,
    exhibition: { startsOn: exhibition.starts_on, endsOn: exhibition.ends_on, timezone: exhibition.timezone },
    can: {
      edit: live,
      submit: live && submittable,
      cancel: live && now.getTime() < Date.parse(event.ends_at),
      discardRevision: live && revision !== undefined,
    },
  };
}
