/** The organisers' queue: new events and changes to approved ones, oldest first, with what changed. */
import type { Database, Event, Locale } from "@pavilion/db";
import type { EventDraft, ReviewEntry } from "@pavilion/schema";
import { inLanguage } from "../cabinet/names.ts";
import { diffDrafts } from "./diff.ts";
import { draftOfRevision, loadEventDraft } from "./draft.ts";
import { timesDiffer } from "./rules.ts";

interface Waiting {
  event: Event;
  proposed: EventDraft;
  current: EventDraft | null;
  submittedAt: string | null;
}

async function waiting(db: Database): Promise<Waiting[]> {
  const fresh = await db
    .selectFrom("events")
    .selectAll()
    .where("status", "=", "submitted")
    .where("kind", "!=", "meeting")
    .execute();
  const revised = await db
    .selectFrom("event_revisions")
    .innerJoin("events", "events.id", "event_revisions.event_id")
    .select(["event_revisions.event_id", "event_revisions.payload", "event_revisions.submitted_at"])
    .where("event_revisions.status", "=", "submitted")
    .where("events.status", "=", "approved")
    .execute();
  const entries: Waiting[] = [];
  for (const event of fresh)
    entries.push({
      event,
      proposed: await loadEventDraft(db, event),
      current: null,
      submittedAt: event.updated_at,
    });
  for (const row of revised) {
    const event = await db
      .selectFrom("events")
      .selectAll()
      .where("id", "=", row.event_id)
      .executeTakeFirstOrThrow();
    const current = await loadEventDraft(db, event);
    entries.push({ event, proposed: draftOfRevision(row.payload), current, submittedAt: row.submitted_at });
  }
  return entries.sort((x, y) => (x.submittedAt ?? "").localeCompare(y.submittedAt ?? ""));
}

async function speakerNames(db: Database, entries: Waiting[], locale: Locale): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const entry of entries)
    for (const draft of [entry.proposed, entry.current])
      for (const speaker of draft?.speakers ?? []) ids.add(speaker.speakerId);
  if (ids.size === 0) return new Map();
  const rows = await db
    .selectFrom("speakers")
    .select(["id", "name_ru", "name_en"])
    .where("id", "in", [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, inLanguage({ ru: row.name_ru, en: row.name_en }, locale)]));
}

async function hostNames(db: Database, entries: Waiting[]) {
  const ids = [
    ...new Set(entries.flatMap((entry) => (entry.event.exhibitor_id ? [entry.event.exhibitor_id] : []))),
  ];
  const rows = ids.length
    ? await db.selectFrom("exhibitors").select(["id", "name_ru", "name_en"]).where("id", "in", ids).execute()
    : [];
  const exhibition = await db.selectFrom("exhibitions").select(["id", "name_ru", "name_en"]).execute();
  return {
    exhibitors: new Map(rows.map((row) => [row.id, { ru: row.name_ru, en: row.name_en }])),
    exhibitions: new Map(exhibition.map((row) => [row.id, { ru: row.name_ru, en: row.name_en }])),
  };
}

async function registeredOf(db: Database, eventId: string): Promise<number> {
  const row = await db
    .selectFrom("registrations")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("event_id", "=", eventId)
    .where("status", "in", ["accepted", "pending"])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Everything waiting for the organisers, with a field-by-field diff for changes. */
export async function reviewQueue(db: Database, locale: Locale): Promise<ReviewEntry[]> {
  const entries = await waiting(db);
  const [names, hosts] = await Promise.all([speakerNames(db, entries, locale), hostNames(db, entries)]);
  const result: ReviewEntry[] = [];
  for (const { event, proposed, current, submittedAt } of entries) {
    const host = event.exhibitor_id
      ? hosts.exhibitors.get(event.exhibitor_id)
      : hosts.exhibitions.get(event.exhibition_id);
    result.push({
      eventId: event.id,
      kind: event.kind === "programme" ? "programme" : "webinar",
      what: current ? "revision" : "event",
      host: { exhibitorId: event.exhibitor_id, name: host ?? { ru: "", en: "" } },
      title: proposed.title,
      submittedAt,
      proposed,
      current,
      changes: current ? diffDrafts(current, proposed, names) : [],
      timeChanged: current ? timesDiffer(current, proposed) : false,
      registered: await registeredOf(db, event.id),
    });
  }
  return result;
}
