/** Stores what a rollup batch did to leads: new leads in multi-row inserts, the others' new warmth. */
import type { Database } from "@pavilion/db";
import { sql } from "kysely";
import { chunks } from "./batch-facts.ts";
import type { LeadState } from "./leads-from-activity.ts";

export async function writeLeadChanges(trx: Database, leads: readonly LeadState[], now: Date): Promise<void> {
  const at = now.toISOString();
  const made = leads.filter((lead) => lead.made !== null);
  for (const part of chunks(made, 500)) {
    await trx
      .insertInto("leads")
      .values(
        part.map((lead) => ({
          ...{ id: lead.id, exhibition_id: lead.exhibitionId, exhibitor_id: lead.exhibitorId },
          ...{ user_id: lead.userId, source: lead.made?.source ?? "contact", status: "new" as const },
          ...{ assignee_id: null, warmth_base: lead.base, first_activity_at: lead.firstActivityAt },
          ...{ last_activity_at: lead.lastActivityAt, created_at: lead.made?.at ?? at, updated_at: at },
          status_changed_at: null,
        })),
      )
      .execute();
  }
  const warmed = leads.filter((lead) => lead.made === null);
  await setLeadWarmth(
    trx,
    warmed.map(({ id, base, lastActivityAt }) => ({ id, base, lastActivityAt })),
    at,
  );
}

/**
 * Sets leads' warmth bases and last activity in one statement per 500 (UPDATE … FROM works on
 * both engines; the casts type the VALUES list on PostgreSQL); `updatedAt` null leaves updated_at.
 */
export async function setLeadWarmth(
  trx: Database,
  leads: readonly { id: string; base: number; lastActivityAt: string }[],
  updatedAt: string | null,
): Promise<void> {
  for (const part of chunks(leads, 500)) {
    const values = part.map(
      (lead) => sql`(${lead.id}, cast(${lead.base} as double precision), ${lead.lastActivityAt})`,
    );
    const touched = updatedAt === null ? sql`` : sql`, updated_at = ${updatedAt}`;
    await sql`
      with changed(id, base, last_at) as (values ${sql.join(values)})
      update leads set warmth_base = changed.base, last_activity_at = changed.last_at${touched}
      from changed where leads.id = changed.id`.execute(trx);
  }
}
