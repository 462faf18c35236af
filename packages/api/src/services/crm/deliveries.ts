/** The CRM delivery log an exhibitor's team sees, and the "send test" button behind it. */
import type { Database, WebhookDeliveriesTable } from "@pavilion/db";
import type { WebhookDelivery } from "@pavilion/schema";
import type { Selectable } from "kysely";
import { AppError } from "../../errors.ts";
import { sendClaimed, type WebhookSendOptions } from "./attempt.ts";
import { testPayload } from "./payload.ts";
import { WEBHOOK_TIMEOUT_MS } from "./post.ts";

/** How many of the latest deliveries the log shows. */
export const DELIVERY_LOG_SIZE = 50;

const COLUMNS = [
  ...(["id", "event", "lead_id", "state", "attempts", "last_status", "last_error"] as const),
  ...(["last_duration_ms", "next_attempt_at", "created_at", "delivered_at"] as const),
];
type LogRow = Pick<Selectable<WebhookDeliveriesTable>, (typeof COLUMNS)[number]>;

/** The exhibitor's latest deliveries, newest first (never the payload or the secret). */
export async function deliveryLog(db: Database, exhibitorId: string): Promise<WebhookDelivery[]> {
  const rows = await db
    .selectFrom("webhook_deliveries")
    .select(COLUMNS)
    .where("exhibitor_id", "=", exhibitorId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(DELIVERY_LOG_SIZE)
    .execute();
  return rows.map(toDelivery);
}

/**
 * Sends a sample payload (no lead) to the saved address now, without waiting for the dispatcher,
 * and answers how it went; crm.notConfigured when no webhook is saved.
 */
export async function sendTestDelivery(
  db: Database,
  exhibitorId: string,
  now: () => Date,
  options: WebhookSendOptions = {},
): Promise<WebhookDelivery> {
  const hook = await db
    .selectFrom("crm_webhooks")
    .select("url")
    .where("exhibitor_id", "=", exhibitorId)
    .executeTakeFirst();
  if (!hook) throw new AppError("crm.notConfigured");
  const id = crypto.randomUUID();
  const payload = JSON.stringify(testPayload(id, now()));
  const at = now().toISOString();
  const lockedUntil = new Date(now().getTime() + (options.timeoutMs ?? WEBHOOK_TIMEOUT_MS) + 60_000);
  // Written as already claimed (attempt 1), so no dispatcher sends it too.
  await db
    .insertInto("webhook_deliveries")
    .values({
      ...{ id, exhibitor_id: exhibitorId, lead_id: null, event: "test", payload, url: hook.url },
      ...{ state: "delivering", attempts: 1, next_attempt_at: at, locked_until: lockedUntil.toISOString() },
      ...{ last_status: null, last_error: null, last_duration_ms: null, created_at: at, delivered_at: null },
    })
    .execute();
  await sendClaimed(
    db,
    { id, exhibitor_id: exhibitorId, lead_id: null, event: "test", payload, url: hook.url, attempts: 1 },
    now,
    options,
  );
  const row = await db
    .selectFrom("webhook_deliveries")
    .select(COLUMNS)
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return toDelivery(row);
}

function toDelivery(row: LogRow): WebhookDelivery {
  return {
    ...{ id: row.id, event: row.event, leadId: row.lead_id, state: row.state, attempts: row.attempts },
    ...{ lastStatus: row.last_status, lastError: row.last_error, lastDurationMs: row.last_duration_ms },
    nextAttemptAt: row.state === "pending" ? row.next_attempt_at : null,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
  };
}
