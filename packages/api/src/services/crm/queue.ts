/**
 * Queues CRM webhook deliveries for a lead (contract; its owner fills it): when the exhibitor has
 * an enabled webhook, a `webhook_deliveries` row with the signed payload, delivered later by the
 * dispatcher outside any transaction. Called inside the transaction that made or changed the lead.
 */
import type { Database } from "@pavilion/db";

export async function queueLeadWebhook(
  _db: Database,
  _leadId: string,
  _event: "lead.created" | "lead.updated",
  _now: Date,
): Promise<void> {
  // No-op until the CRM webhook lands.
}
