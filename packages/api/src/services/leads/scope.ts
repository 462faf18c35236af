/** Where a lead lives: its exhibitor's exhibition (zone, warmth settings), and a lead checked to be the exhibitor's. */
import type { Database, Lead } from "@pavilion/db";
import { NotFoundError } from "../../errors.ts";
import { catchUpAnalytics } from "../analytics/rollup.ts";
import { syncLeadContacts } from "./contact-sync.ts";
import { type ExhibitionWarmth, exhibitionWarmth } from "./settings.ts";

/** What reading an exhibitor's leads needs from its exhibition. */
export interface LeadsContext extends ExhibitionWarmth {
  exhibitorId: string;
  exhibitionId: string;
  timeZone: string;
}

/** The exhibitor's exhibition, its time zone and warmth settings; NotFoundError for an unknown exhibitor. */
export async function leadsContext(db: Database, exhibitorId: string): Promise<LeadsContext> {
  const exhibitor = await db
    .selectFrom("exhibitors")
    .innerJoin("exhibitions", "exhibitions.id", "exhibitors.exhibition_id")
    .select(["exhibitors.exhibition_id", "exhibitions.timezone"])
    .where("exhibitors.id", "=", exhibitorId)
    .executeTakeFirst();
  if (!exhibitor) throw new NotFoundError("exhibitor");
  const warmth = await exhibitionWarmth(db, exhibitor.exhibition_id);
  return { ...warmth, exhibitorId, exhibitionId: exhibitor.exhibition_id, timeZone: exhibitor.timezone };
}

/** The lead when it is this exhibitor's; NotFoundError otherwise (another exhibitor's lead is as if absent). */
export async function leadOfExhibitor(db: Database, exhibitorId: string, leadId: string): Promise<Lead> {
  const lead = await db
    .selectFrom("leads")
    .selectAll()
    .where("id", "=", leadId)
    .where("exhibitor_id", "=", exhibitorId)
    .executeTakeFirst();
  if (!lead) throw new NotFoundError("lead");
  return lead;
}

/** Brings leads up to what visitors just did, then the context to read the exhibitor's leads in. */
export async function readingLeads(db: Database, exhibitorId: string, now: Date): Promise<LeadsContext> {
  await catchUpAnalytics(db, now);
  await syncLeadContacts(db, now);
  return leadsContext(db, exhibitorId);
}
