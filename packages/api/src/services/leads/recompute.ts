/**
 * Rescoring an exhibition's leads from their activity, after organisers change the warmth weights
 * or the half-life: every lead's base becomes the sum of its rows' terms under the new settings.
 * Only rows the rollup has counted (up to its cursor) are summed: later rows add their own terms
 * when the rollup reaches them, so none counts twice.
 */
import type { Database } from "@pavilion/db";
import { chunks } from "../analytics/batch-facts.ts";
import { setLeadWarmth } from "../analytics/lead-writes.ts";
import { termOf } from "../analytics/leads-from-activity.ts";
import { exhibitionWarmth } from "./settings.ts";

const LEADS_PER_STEP = 500;

/** Recomputes the warmth base of every lead of the exhibition from its rows with ids up to `upToId`. */
export async function recomputeLeadWarmth(
  trx: Database,
  exhibitionId: string,
  upToId: number,
): Promise<number> {
  const warmth = await exhibitionWarmth(trx, exhibitionId);
  let after = "";
  let count = 0;
  for (;;) {
    const leads = await trx
      .selectFrom("leads")
      .select(["id", "exhibitor_id", "user_id", "last_activity_at"])
      .where("exhibition_id", "=", exhibitionId)
      .where("id", ">", after)
      .orderBy("id")
      .limit(LEADS_PER_STEP)
      .execute();
    const last = leads.at(-1);
    if (last === undefined) return count;
    const bases = new Map(leads.map((lead) => [`${lead.exhibitor_id}\u0000${lead.user_id}`, 0]));
    for (const users of chunks([...new Set(leads.map((lead) => lead.user_id))])) {
      const rows = await trx
        .selectFrom("activity")
        .select(["user_id", "exhibitor_id", "occurred_at", "kind", "data"])
        .where("user_id", "in", users)
        .where("exhibitor_id", "in", [...new Set(leads.map((lead) => lead.exhibitor_id))])
        .where("id", "<=", upToId)
        .execute();
      for (const row of rows) {
        const pair = `${row.exhibitor_id}\u0000${row.user_id}`;
        const base = bases.get(pair);
        if (base !== undefined) bases.set(pair, base + termOf(row, warmth));
      }
    }
    const rescored = leads.map((lead) => ({
      ...{ id: lead.id, lastActivityAt: lead.last_activity_at },
      base: bases.get(`${lead.exhibitor_id}\u0000${lead.user_id}`) ?? 0,
    }));
    await setLeadWarmth(trx, rescored, null);
    count += leads.length;
    after = last.id;
  }
}
