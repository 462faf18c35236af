/** The team works a lead: its status and the staff member it is assigned to; the CRM hears of it. */
import type { Database, LeadStatus } from "@pavilion/db";
import { AppError } from "../../errors.ts";
import { queueLeadWebhook } from "../crm/queue.ts";
import { inTransaction } from "../floor/placement.ts";
import { leadOfExhibitor } from "./scope.ts";

export interface LeadChange {
  status?: LeadStatus | undefined;
  /** Null takes the lead off anyone; undefined leaves it. */
  assigneeId?: string | null | undefined;
}

/**
 * Applies the change to the exhibitor's lead and queues "lead.updated" in the same transaction.
 * NotFoundError for another exhibitor's lead, "leads.assigneeNotMember" for an assignee off its team.
 */
export async function updateLead(
  db: Database,
  exhibitorId: string,
  leadId: string,
  change: LeadChange,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await inTransaction(db, async (trx) => {
    const lead = await leadOfExhibitor(trx, exhibitorId, leadId);
    const { assigneeId, status } = change;
    if (assigneeId) {
      const member = await trx
        .selectFrom("members")
        .select("user_id")
        .where("exhibitor_id", "=", exhibitorId)
        .where("user_id", "=", assigneeId)
        .executeTakeFirst();
      if (!member) throw new AppError("leads.assigneeNotMember");
    }
    const statusChanged = status !== undefined && status !== lead.status;
    const assigneeChanged = assigneeId !== undefined && assigneeId !== lead.assignee_id;
    if (!statusChanged && !assigneeChanged) return;
    await trx
      .updateTable("leads")
      .set({
        ...(statusChanged ? { status, status_changed_at: at } : {}),
        ...(assigneeChanged ? { assignee_id: assigneeId } : {}),
        updated_at: at,
      })
      .where("id", "=", lead.id)
      .execute();
    await queueLeadWebhook(trx, lead.id, "lead.updated", now);
  });
}
