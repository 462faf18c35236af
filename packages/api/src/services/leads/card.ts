/** A lead's card: the row, its warmth explained line by line, the visitor's timeline, the team's notes. */
import type { Database } from "@pavilion/db";
import type { LeadCard } from "@pavilion/schema";
import { visibleVisitors } from "./contacts.ts";
import { leadRows } from "./rows.ts";
import { type LeadsContext, leadOfExhibitor } from "./scope.ts";
import { activityWithSubjects, subjectOf, timelineItem, withModelTitles } from "./timeline.ts";
import { explainWarmth } from "./warmth.ts";

const TIMELINE_LIMIT = 200;

async function notesOf(db: Database, leadId: string) {
  const rows = await db
    .selectFrom("lead_notes")
    .leftJoin("users", "users.id", "lead_notes.author_id")
    .select(["lead_notes.id", "lead_notes.body", "lead_notes.created_at", "users.name as author"])
    .where("lead_notes.lead_id", "=", leadId)
    .orderBy("lead_notes.created_at", "desc")
    .orderBy("lead_notes.id", "desc")
    .execute();
  return rows.map((row) => ({ id: row.id, author: row.author, body: row.body, createdAt: row.created_at }));
}

/** The card of the exhibitor's lead; NotFoundError when the lead is not this exhibitor's. */
export async function leadCard(
  db: Database,
  ctx: LeadsContext,
  leadId: string,
  now: Date,
): Promise<LeadCard> {
  const lead = await leadOfExhibitor(db, ctx.exhibitorId, leadId);
  const activity = await withModelTitles(
    db,
    await activityWithSubjects(db)
      .where("activity.user_id", "=", lead.user_id)
      .where("activity.exhibitor_id", "=", ctx.exhibitorId)
      .orderBy("activity.occurred_at", "desc")
      .orderBy("activity.id", "desc")
      .execute(),
  );
  const visitors = await visibleVisitors(db, ctx.exhibitorId, [lead.user_id]);
  const [row] = await leadRows(db, ctx, [lead], now, visitors);
  if (!row) throw new Error("a lead row vanished");
  const { lines } = explainWarmth(
    activity.map((a) => ({ kind: a.kind, occurredAt: a.occurred_at, data: a.data, subject: subjectOf(a) })),
    ctx.settings,
    now,
  );
  return {
    ...row,
    halfLifeDays: ctx.settings.halfLifeDays,
    warmthLines: lines,
    timeline: activity.slice(0, TIMELINE_LIMIT).map(timelineItem),
    notesList: await notesOf(db, lead.id),
    consentGivenAt: visitors.get(lead.user_id)?.consentGivenAt ?? null,
  };
}
