/** After the event: how many leads the exhibitor got, how many were qualified (or won), won, lost. */
import type { Database } from "@pavilion/db";
import type { LeadConversion } from "@pavilion/schema";

/** The exhibitor's funnel; a won lead counts as qualified too. */
export async function leadConversion(db: Database, exhibitorId: string): Promise<LeadConversion> {
  const rows = await db
    .selectFrom("leads")
    .select((eb) => ["status", eb.fn.countAll<number | string>().as("count")])
    .where("exhibitor_id", "=", exhibitorId)
    .groupBy("status")
    .execute();
  const count = (status: string) => Number(rows.find((row) => row.status === status)?.count ?? 0);
  return {
    leads: rows.reduce((sum, row) => sum + Number(row.count), 0),
    qualified: count("qualified") + count("won"),
    won: count("won"),
    lost: count("lost"),
  };
}
