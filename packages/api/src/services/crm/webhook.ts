/**
 * An exhibitor's CRM webhook: its address, whether it is on, and its signing secret, which is
 * shown in full only when made (first save, rotation); afterwards only its last four characters.
 */
import type { Database } from "@pavilion/db";
import type { CrmWebhook } from "@pavilion/schema";
import { AppError } from "../../errors.ts";
import { newWebhookSecret, secretHint } from "./signature.ts";

/** The webhook as the cabinet shows it after saving, plus the secret when it was just made. */
export type SavedCrmWebhook = CrmWebhook & { secret: string | null };

/** The exhibitor's webhook without its secret, or null when none was saved. */
export async function crmWebhookOf(db: Database, exhibitorId: string): Promise<CrmWebhook | null> {
  const row = await db
    .selectFrom("crm_webhooks")
    .select(["url", "enabled", "secret", "updated_at"])
    .where("exhibitor_id", "=", exhibitorId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    url: row.url,
    enabled: row.enabled === 1,
    secretHint: secretHint(row.secret),
    updatedAt: row.updated_at,
  };
}

/**
 * Saves the address and the switch. The first save makes the secret and returns it (once); later
 * saves keep it and return null. Deliveries still waiting go to the new address.
 */
export async function saveCrmWebhook(
  db: Database,
  input: { exhibitorId: string; url: string; enabled: boolean },
  now: Date,
): Promise<SavedCrmWebhook> {
  const at = now.toISOString();
  const made = newWebhookSecret();
  const secret = await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto("crm_webhooks")
      .values({
        ...{ exhibitor_id: input.exhibitorId, url: input.url, secret: made },
        ...{ enabled: input.enabled ? 1 : 0, created_at: at, updated_at: at },
      })
      .onConflict((oc) => oc.column("exhibitor_id").doNothing())
      .returning("exhibitor_id")
      .executeTakeFirst();
    if (inserted) return made;
    await trx
      .updateTable("crm_webhooks")
      .set({ url: input.url, enabled: input.enabled ? 1 : 0, updated_at: at })
      .where("exhibitor_id", "=", input.exhibitorId)
      .execute();
    await trx
      .updateTable("webhook_deliveries")
      .set({ url: input.url })
      .where("exhibitor_id", "=", input.exhibitorId)
      .where("state", "=", "pending")
      .execute();
    return null;
  });
  return { ...(await savedWebhook(db, input.exhibitorId)), secret };
}

/** Replaces the secret (after a leak, say) and returns the new one, once. */
export async function rotateCrmSecret(
  db: Database,
  exhibitorId: string,
  now: Date,
): Promise<SavedCrmWebhook> {
  const secret = newWebhookSecret();
  const updated = await db
    .updateTable("crm_webhooks")
    .set({ secret, updated_at: now.toISOString() })
    .where("exhibitor_id", "=", exhibitorId)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw new AppError("crm.notConfigured");
  return { ...(await savedWebhook(db, exhibitorId)), secret };
}

/** Forgets the webhook; the delivery log stays, and waiting deliveries fail when their turn comes. */
export async function removeCrmWebhook(db: Database, exhibitorId: string): Promise<void> {
  await db.deleteFrom("crm_webhooks").where("exhibitor_id", "=", exhibitorId).execute();
}

async function savedWebhook(db: Database, exhibitorId: string): Promise<CrmWebhook> {
  const webhook = await crmWebhookOf(db, exhibitorId);
  if (!webhook) throw new AppError("crm.notConfigured");
  return webhook;
}
