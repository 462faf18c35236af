/** Leads as the table shows them: warmth now and its band, the visible visitor, assignee, notes counted. */
import type { Database, Lead } from "@pavilion/db";
import type { LeadRow } from "@pavilion/schema";
import { HIDDEN_VISITOR, type VisibleVisitor, visibleVisitors } from "./contacts.ts";
import type { LeadsContext } from "./scope.ts";
import { bandOf, warmthFromBase } from "./warmth.ts";

/** The columns of `leads` a row needs. */
export const LEAD_COLUMNS = [
  "leads.id",
  "leads.user_id",
  "leads.source",
  "leads.status",
  "leads.assignee_id",
  "leads.warmth_base",
  "leads.created_at",
  "leads.last_activity_at",
] as const;
export type LeadBasics = Pick<
  Lead,
  "id" | "user_id" | "source" | "status" | "assignee_id" | "warmth_base" | "created_at" | "last_activity_at"
>;

async function assigneeNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("users").select(["id", "name"]).where("id", "in", ids).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

async function noteCounts(db: Database, leadIds: string[]): Promise<Map<string, number>> {
  if (leadIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("lead_notes")
    .select((eb) => ["lead_id", eb.fn.countAll<number | string>().as("notes")])
    .where("lead_id", "in", leadIds)
    .groupBy("lead_id")
    .execute();
  return new Map(rows.map((row) => [row.lead_id, Number(row.notes)]));
}

/** The rows for these leads, in their order; `known` visitors are reused rather than read again. */
export async function leadRows(
  db: Database,
  ctx: LeadsContext,
  leads: readonly LeadBasics[],
  now: Date,
  known?: Map<string, VisibleVisitor>,
): Promise<LeadRow[]> {
  const visitors =
    known ??
    (await visibleVisitors(
      db,
      ctx.exhibitorId,
      leads.map((l) => l.user_id),
    ));
  const assigneeIds = [...new Set(leads.flatMap((l) => (l.assignee_id ? [l.assignee_id] : [])))];
  const [assignees, notes] = await Promise.all([
    assigneeNames(db, assigneeIds),
    noteCounts(
      db,
      leads.map((l) => l.id),
    ),
  ]);
  return leads.map((lead) => {
    const warmth = warmthFromBase(Number(lead.warmth_base), ctx.epoch, now, ctx.settings.halfLifeDays);
    const assigneeName = lead.assignee_id ? assignees.get(lead.assignee_id) : undefined;
    return {
      id: lead.id,
      visitor: visitors.get(lead.user_id)?.visitor ?? HIDDEN_VISITOR,
      ...{ source: lead.source, status: lead.status, warmth, band: bandOf(warmth) },
      assignee:
        lead.assignee_id && assigneeName !== undefined ? { id: lead.assignee_id, name: assigneeName } : null,
      ...{ createdAt: lead.created_at, lastActivityAt: lead.last_activity_at },
      notes: notes.get(lead.id) ?? 0,
    };
  });
}
