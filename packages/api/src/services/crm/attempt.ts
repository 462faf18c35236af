/**
 * One attempt at a claimed CRM delivery: signs it with the exhibitor's current secret, POSTs it
 * (no transaction open; see dispatcher.ts) and records what happened: delivered, back to pending
 * with its backoff (1 min, 5 min, 30 min, 2 h, 6 h, 12 h, then 24 h), or failed for good.
 */
import type { Database, WebhookEvent } from "@pavilion/db";
import { type PostOutcome, postWebhook } from "./post.ts";
import { webhookHeaders } from "./signature.ts";

/** Tries per delivery before it is failed for good (about a day and a half of retries). */
export const MAX_WEBHOOK_ATTEMPTS = 8;
const RETRY_STEPS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000, 12 * 3_600_000];
const LAST_STEP_MS = 24 * 3_600_000;
const GONE = "The webhook was removed or turned off";

/** When to try again after `attempts` tries (1-based) failed at `now`. */
export function webhookRetryAt(now: Date, attempts: number): Date {
  return new Date(now.getTime() + (RETRY_STEPS_MS[Math.max(attempts, 1) - 1] ?? LAST_STEP_MS));
}

export interface WebhookSendOptions {
  /** How long a CRM may take to answer (10 s unless a test wants it shorter). */
  timeoutMs?: number;
}

/** A delivery this process holds the lease of. */
export interface ClaimedDelivery {
  id: string;
  exhibitor_id: string;
  lead_id: string | null;
  event: WebhookEvent;
  payload: string;
  url: string;
  attempts: number;
}

/** Signs and POSTs a claimed delivery (no transaction open) and records the outcome; true when accepted. */
export async function sendClaimed(
  db: Database,
  delivery: ClaimedDelivery,
  now: () => Date,
  options: WebhookSendOptions = {},
): Promise<boolean> {
  const hook = await db
    .selectFrom("crm_webhooks")
    .select(["secret", "enabled"])
    .where("exhibitor_id", "=", delivery.exhibitor_id)
    .executeTakeFirst();
  // A test may be sent while the webhook is off, to check it before turning it on.
  if (!hook || (hook.enabled !== 1 && delivery.event !== "test")) {
    await record(db, delivery, { ok: false, status: null, error: GONE, durationMs: 0 }, now(), true);
    return false;
  }
  const headers = webhookHeaders({
    ...{ secret: hook.secret, deliveryId: delivery.id, event: delivery.event },
    ...{ body: delivery.payload, now: now() },
  });
  const outcome = await postWebhook(delivery.url, delivery.payload, headers, options.timeoutMs);
  // A test is answered at once and never retried; the person who pressed the button sees why.
  const final = delivery.event === "test" || delivery.attempts >= MAX_WEBHOOK_ATTEMPTS;
  await record(db, delivery, outcome, now(), final);
  return outcome.ok;
}

async function record(
  db: Database,
  delivery: ClaimedDelivery,
  outcome: PostOutcome,
  now: Date,
  final: boolean,
) {
  const at = now.toISOString();
  const replaced = !outcome.ok && !final && (await handOverToNewer(db, delivery));
  const error = replaced ? `${outcome.error} (replaced by a newer delivery)` : outcome.error;
  const result = { last_status: outcome.status, last_error: error, last_duration_ms: outcome.durationMs };
  const next = outcome.ok
    ? { state: "delivered" as const, delivered_at: at }
    : final || replaced
      ? { state: "failed" as const }
      : { state: "pending" as const, next_attempt_at: webhookRetryAt(now, delivery.attempts).toISOString() };
  await db
    .updateTable("webhook_deliveries")
    .set({ ...result, ...next, locked_until: null })
    .where("id", "=", delivery.id)
    // Only while this attempt still holds it (a lease that ran out may have passed it on).
    .where("state", "=", "delivering")
    .where("attempts", "=", delivery.attempts)
    .execute();
}

/**
 * A lead that changed while its delivery was in flight has a newer delivery waiting with the
 * newer state; retrying the old one would only send the CRM stale data, so the newer one takes
 * over (as "lead.created" when the CRM never accepted the creation). True when one did.
 */
async function handOverToNewer(db: Database, delivery: ClaimedDelivery): Promise<boolean> {
  if (delivery.lead_id === null) return false;
  const newer = await db
    .selectFrom("webhook_deliveries")
    .select(["id", "payload"])
    .where("lead_id", "=", delivery.lead_id)
    .where("state", "=", "pending")
    .where("id", "!=", delivery.id)
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  if (!newer) return false;
  if (delivery.event === "lead.created") {
    const payload = { ...(JSON.parse(newer.payload) as object), event: "lead.created" };
    await db
      .updateTable("webhook_deliveries")
      .set({ event: "lead.created", payload: JSON.stringify(payload) })
      .where("id", "=", newer.id)
      .where("state", "=", "pending")
      .execute();
  }
  return true;
}
