/**
 * The JSON a CRM receives about a lead (webhookPayloadSchema): its state, warmth now, and the
 * visitor's contacts only while their consent to this exhibitor stands.
 */
import type { Database } from "@pavilion/db";
import type { WebhookPayload } from "@pavilion/schema";
import { HIDDEN_VISITOR, visibleVisitors } from "../leads/contacts.ts";
import { exhibitionWarmth } from "../leads/settings.ts";
import { bandOf, warmthFromBase } from "../leads/warmth.ts";

export type WebhookEvent = WebhookPayload["event"];

/** The payload for a lead as it is at `now`, or null when the lead no longer exists. */
export async function leadPayload(
  db: Database,
  leadId: string,
  event: WebhookEvent,
  deliveryId: string,
  now: Date,
): Promise<WebhookPayload | null> {
  const lead = await db
    .selectFrom("leads")
    .leftJoin("users as assignee", "assignee.id", "leads.assignee_id")
    .select([
      ...(["leads.id", "leads.exhibition_id", "leads.exhibitor_id", "leads.user_id"] as const),
      ...(["leads.status", "leads.source", "leads.warmth_base", "leads.created_at"] as const),
      ...(["leads.updated_at", "assignee.name as assignee_name"] as const),
    ])
    .where("leads.id", "=", leadId)
    .executeTakeFirst();
  if (!lead) return null;
  const { settings, epoch } = await exhibitionWarmth(db, lead.exhibition_id);
  const warmth = warmthFromBase(lead.warmth_base, epoch, now, settings.halfLifeDays);
  return {
    id: deliveryId,
    event,
    createdAt: now.toISOString(),
    lead: {
      ...{ id: lead.id, exhibitorId: lead.exhibitor_id, status: lead.status, source: lead.source },
      ...{ warmth, band: bandOf(warmth), createdAt: lead.created_at, updatedAt: lead.updated_at },
      assignee: lead.assignee_name ?? null,
      // The same rule and sources as the leads table: contacts only while consent stands.
      visitor:
        (await visibleVisitors(db, lead.exhibitor_id, [lead.user_id])).get(lead.user_id)?.visitor ??
        HIDDEN_VISITOR,
    },
  };
}

/** What "send test" posts: the shape of a real delivery without a lead. */
export function testPayload(deliveryId: string, now: Date): WebhookPayload {
  return { id: deliveryId, event: "test", createdAt: now.toISOString(), lead: null };
}
