/**
 * Queues CRM webhook deliveries for a lead: when the exhibitor has an enabled webhook, a
 * `webhook_deliveries` row with the payload, delivered later by the dispatcher outside any
 * transaction. Called inside the transaction that made or changed the lead, so the row exists
 * exactly when the change does.
 */
import type { Database } from "@pavilion/db";
import { leadPayload } from "./payload.ts";

/**
 * Queues a delivery of the lead's current state. A delivery of the same lead still waiting (not
 * in flight, not delivered) takes the new state instead of a second row being added, so a burst
 * of changes reaches the CRM as one request; it stays "lead.created" if the CRM has not had that.
 */
export async function queueLeadWebhook(
  db: Database,
  leadId: string,
  event: "lead.created" | "lead.updated",
  now: Date,
): Promise<void> {
  const target = await db
    .selectFrom("leads")
    .innerJoin("crm_webhooks", "crm_webhooks.exhibitor_id", "leads.exhibitor_id")
    .select(["leads.exhibitor_id", "crm_webhooks.url"])
    .where("leads.id", "=", leadId)
    .where("crm_webhooks.enabled", "=", 1)
    .executeTakeFirst();
  if (!target) return;

  const waiting = await db
    .selectFrom("webhook_deliveries")
    .select(["id", "event"])
    .where("lead_id", "=", leadId)
    .where("state", "=", "pending")
    .orderBy("created_at")
    .executeTakeFirst();
  if (waiting) {
    const merged = waiting.event === "lead.created" || event === "lead.created" ? "lead.created" : event;
    const payload = await leadPayload(db, leadId, merged, waiting.id, now);
    if (!payload) return;
    // Conditional: a dispatcher that took the row meanwhile has it in flight; then add a new one.
    const replaced = await db
      .updateTable("webhook_deliveries")
      .set({ event: merged, payload: JSON.stringify(payload), url: target.url })
      .where("id", "=", waiting.id)
      .where("state", "=", "pending")
      .executeTakeFirst();
    if (Number(replaced.numUpdatedRows) > 0) return;
  }

  const id = crypto.randomUUID();
  const payload = await leadPayload(db, leadId, event, id, now);
  if (!payload) return;
  const at = now.toISOString();
  await db
    .insertInto("webhook_deliveries")
    .values({
      ...{ id, exhibitor_id: target.exhibitor_id, lead_id: leadId, event },
      ...{ payload: JSON.stringify(payload), url: target.url, state: "pending" },
      ...{ attempts: 0, next_attempt_at: at, locked_until: null, last_status: null, last_error: null },
      ...{ last_duration_ms: null, created_at: at, delivered_at: null },
    })
    .execute();
}
