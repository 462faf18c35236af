/**
 * Leads from the activity log. A visitor who leaves contacts, registers for an exhibitor's event,
 * books a meeting or writes in its booth chat becomes that exhibitor's lead (never the team's
 * own people). The new lead's warmth counts everything the visitor did there before; every later
 * row adds its own term. Webhooks: "lead.created" for a new lead, "lead.updated" when its band rises.
 */
import type { Database, LeadSource } from "@pavilion/db";
import { queueLeadWebhook } from "../crm/queue.ts";
import type { ExhibitionWarmth } from "../leads/settings.ts";
import { bandOf, baseTerm, pointsOf, warmthFromBase } from "../leads/warmth.ts";
import { type ActivityRow, type BatchFacts, chunks } from "./batch-facts.ts";
import { writeLeadChanges } from "./lead-writes.ts";

const SOURCES: Readonly<Record<string, LeadSource>> = {
  "contact.left": "contact",
  "event.registered": "registration",
  "meeting.booked": "meeting",
  "chat.message": "chat",
};

/** What makes a row's visitor a lead of the row's exhibitor, or null when it does not. */
export function leadSourceOf(row: Pick<ActivityRow, "kind" | "user_id" | "exhibitor_id">): LeadSource | null {
  if (row.user_id === null || row.exhibitor_id === null) return null;
  return SOURCES[row.kind] ?? null;
}

/** A lead as the batch changes it. */
export interface LeadState {
  id: string;
  exhibitionId: string;
  exhibitorId: string;
  userId: string;
  base: number;
  baseBefore: number;
  firstActivityAt: string;
  lastActivityAt: string;
  /** Set for a lead this batch makes: the row that made it and what it was. */
  made: { rowId: number; source: LeadSource; at: string } | null;
  changed: boolean;
}

/** The term a row adds to a lead's warmth base under the exhibition's settings (0 for none). */
export function termOf(row: Pick<ActivityRow, "kind" | "data" | "occurred_at">, warmth: ExhibitionWarmth) {
  const earned = pointsOf(row, warmth.settings.weights);
  if (earned === null || earned.basePoints === 0) return 0;
  return baseTerm(earned.basePoints, row.occurred_at, warmth.epoch, warmth.settings.halfLifeDays);
}

const pairOf = (exhibitorId: string, userId: string) => `${exhibitorId}\u0000${userId}`;

/** Makes and warms the leads a batch's rows call for; returns how many leads it made. */
export async function applyLeads(
  trx: Database,
  rows: readonly ActivityRow[],
  facts: BatchFacts,
  now: Date,
): Promise<number> {
  const visitorRows = rows.filter(
    (row): row is ActivityRow & { user_id: string; exhibitor_id: string } =>
      row.user_id !== null && row.exhibitor_id !== null && !facts.isMember(row.exhibitor_id, row.user_id),
  );
  if (visitorRows.length === 0) return 0;
  const leads = await loadLeads(trx, visitorRows);
  const makers = new Map<string, (typeof visitorRows)[number]>();
  for (const row of visitorRows) {
    const pair = pairOf(row.exhibitor_id, row.user_id);
    if (!leads.has(pair) && !makers.has(pair) && leadSourceOf(row) !== null) makers.set(pair, row);
  }
  await makeLeads(trx, [...makers.values()], leads, facts);
  for (const row of visitorRows) {
    const lead = leads.get(pairOf(row.exhibitor_id, row.user_id));
    if (!lead || (lead.made !== null && row.id <= lead.made.rowId)) continue;
    lead.base += termOf(row, facts.exhibition(row.exhibition_id).warmth);
    if (row.occurred_at > lead.lastActivityAt) lead.lastActivityAt = row.occurred_at;
    lead.changed = true;
  }
  const changed = [...leads.values()].filter((lead) => lead.changed);
  await writeLeadChanges(trx, changed, now);
  for (const lead of changed) {
    const event = webhookEventOf(lead, facts.exhibition(lead.exhibitionId).warmth, now);
    if (event !== null) await queueLeadWebhook(trx, lead.id, event, now);
  }
  return makers.size;
}

function webhookEventOf(lead: LeadState, warmth: ExhibitionWarmth, now: Date) {
  if (lead.made !== null) return "lead.created" as const;
  const bandAt = (base: number) =>
    bandOf(warmthFromBase(base, warmth.epoch, now, warmth.settings.halfLifeDays));
  const rank = { cold: 0, warm: 1, hot: 2 } as const;
  return rank[bandAt(lead.base)] > rank[bandAt(lead.baseBefore)] ? ("lead.updated" as const) : null;
}

/** The existing leads of the pairs the rows name. */
async function loadLeads(trx: Database, rows: readonly { exhibitor_id: string; user_id: string }[]) {
  const pairs = new Set(rows.map((row) => pairOf(row.exhibitor_id, row.user_id)));
  const leads = new Map<string, LeadState>();
  for (const users of chunks([...new Set(rows.map((row) => row.user_id))])) {
    const found = await trx
      .selectFrom("leads")
      .select(["id", "exhibition_id", "exhibitor_id", "user_id", "warmth_base", "first_activity_at"])
      .select("last_activity_at")
      .where("user_id", "in", users)
      .execute();
    for (const lead of found) {
      const pair = pairOf(lead.exhibitor_id, lead.user_id);
      if (!pairs.has(pair)) continue;
      leads.set(pair, {
        ...{ id: lead.id, exhibitionId: lead.exhibition_id, exhibitorId: lead.exhibitor_id },
        ...{ userId: lead.user_id, base: lead.warmth_base, baseBefore: lead.warmth_base },
        ...{ firstActivityAt: lead.first_activity_at, lastActivityAt: lead.last_activity_at },
        ...{ made: null, changed: false },
      });
    }
  }
  return leads;
}

/** New leads for the rows that make them, each scored from all the visitor did there up to that row. */
async function makeLeads(
  trx: Database,
  makers: readonly (ActivityRow & { user_id: string; exhibitor_id: string })[],
  leads: Map<string, LeadState>,
  facts: BatchFacts,
): Promise<void> {
  if (makers.length === 0) return;
  const byPair = new Map(makers.map((row) => [pairOf(row.exhibitor_id, row.user_id), row]));
  const lastId = Math.max(...makers.map((row) => row.id));
  for (const users of chunks([...new Set(makers.map((row) => row.user_id))], 500)) {
    const earlier = await trx
      .selectFrom("activity")
      .select(["id", "user_id", "exhibitor_id", "occurred_at", "kind", "data"])
      .where("user_id", "in", users)
      .where("exhibitor_id", "in", [...new Set(makers.map((row) => row.exhibitor_id))])
      .where("id", "<=", lastId)
      .orderBy("id")
      .execute();
    for (const row of earlier) {
      if (row.user_id === null || row.exhibitor_id === null) continue;
      const pair = pairOf(row.exhibitor_id, row.user_id);
      const maker = byPair.get(pair);
      if (!maker || row.id > maker.id) continue;
      const warmth = facts.exhibition(maker.exhibition_id).warmth;
      let lead = leads.get(pair);
      if (!lead) {
        lead = {
          ...{ id: crypto.randomUUID(), exhibitionId: maker.exhibition_id, exhibitorId: maker.exhibitor_id },
          ...{ userId: maker.user_id, base: 0, baseBefore: 0 },
          ...{ firstActivityAt: row.occurred_at, lastActivityAt: row.occurred_at, changed: true },
          made: { rowId: maker.id, source: leadSourceOf(maker) as LeadSource, at: maker.occurred_at },
        };
        leads.set(pair, lead);
      }
      lead.base += termOf(row, warmth);
      if (row.occurred_at < lead.firstActivityAt) lead.firstActivityAt = row.occurred_at;
      if (row.occurred_at > lead.lastActivityAt) lead.lastActivityAt = row.occurred_at;
    }
  }
}
