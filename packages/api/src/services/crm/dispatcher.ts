/**
 * Delivers queued CRM webhooks. Like the mail dispatcher, any number of processes may poll: a
 * delivery is first claimed with a lease (a conditional UPDATE to "delivering", locked_until,
 * attempts + 1), so one process sends it at a time. The HTTP request runs outside any
 * transaction: a slow or dead CRM never holds SQLite's write lock or a PostgreSQL row lock, it
 * only costs its own attempt (at most the timeout). A failed attempt is retried after 1 min,
 * 5 min, 30 min, 2 h, 6 h, 12 h, 24 h; after 8 attempts the delivery is failed for good.
 *
 * A CRM that accepted a delivery whose answer we lost (timeout, crash before the row was
 * written) gets it again with the same X-Pavilion-Delivery id, for it to drop as a repeat.
 */
import type { Database } from "@pavilion/db";
import { sql } from "kysely";
import { repeatingPass } from "../jobs/repeating-pass.ts";
import { type ClaimedDelivery, sendClaimed, type WebhookSendOptions } from "./attempt.ts";
import { WEBHOOK_TIMEOUT_MS } from "./post.ts";

export { MAX_WEBHOOK_ATTEMPTS, type WebhookSendOptions, webhookRetryAt } from "./attempt.ts";

/** Deliveries sent at once per pass: one slow CRM does not hold up the others. */
const BATCH = 10;
const leaseMs = (options: WebhookSendOptions) => (options.timeoutMs ?? WEBHOOK_TIMEOUT_MS) + 60_000;

/** Sends every delivery due at `now()`; resolves with how many the CRMs accepted. */
export async function deliverDueWebhooks(
  db: Database,
  now: () => Date,
  options: WebhookSendOptions = {},
): Promise<number> {
  let delivered = 0;
  for (;;) {
    const ids = await dueIds(db, now());
    const claimed = await Promise.all(ids.map((id) => claim(db, id, now(), leaseMs(options))));
    const sent = await Promise.all(
      claimed.map((delivery) => (delivery ? sendClaimed(db, delivery, now, options) : false)),
    );
    delivered += sent.filter(Boolean).length;
    // Sent and failed ones are not due any more, so the next query moves on.
    if (ids.length < BATCH) return delivered;
  }
}

/** Delivers every `intervalMs` (never two passes at once); returns the function that stops it. */
export function startCrmDispatcher(options: {
  db: Database;
  intervalMs: number;
  now: () => Date;
  timeoutMs?: number;
  onError?: (error: unknown) => void;
}): () => Promise<void> {
  const send = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs };
  const pass = repeatingPass(
    () => deliverDueWebhooks(options.db, options.now, send),
    (error) => options.onError?.(error),
  );
  pass.start(options.intervalMs);
  return pass.stop;
}

async function dueIds(db: Database, now: Date): Promise<string[]> {
  const at = now.toISOString();
  const rows = await db
    .selectFrom("webhook_deliveries")
    .select("id")
    .where((eb) =>
      eb.or([
        eb.and([eb("state", "=", "pending"), eb("next_attempt_at", "<=", at)]),
        // A process that died mid-delivery: its lease ran out, so the delivery is due again.
        eb.and([eb("state", "=", "delivering"), eb("locked_until", "<", at)]),
      ]),
    )
    // One delivery per lead at a time, so a CRM never gets a lead's older state after a newer one.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("webhook_deliveries as flying")
            .select("flying.id")
            .whereRef("flying.lead_id", "=", "webhook_deliveries.lead_id")
            .whereRef("flying.id", "!=", "webhook_deliveries.id")
            .where("flying.state", "=", "delivering")
            .where("flying.locked_until", ">=", at),
        ),
      ),
    )
    .orderBy("next_attempt_at")
    .orderBy("created_at")
    .limit(BATCH)
    .execute();
  return rows.map((row) => row.id);
}

/** Takes the delivery with a lease unless another process holds it or it is not due; returns it when taken. */
async function claim(
  db: Database,
  id: string,
  now: Date,
  lease: number,
): Promise<ClaimedDelivery | undefined> {
  const at = now.toISOString();
  return db
    .updateTable("webhook_deliveries")
    .set({
      state: "delivering",
      locked_until: new Date(now.getTime() + lease).toISOString(),
      attempts: sql<number>`attempts + 1`,
    })
    .where("id", "=", id)
    .where((eb) =>
      eb.or([
        eb.and([eb("state", "=", "pending"), eb("next_attempt_at", "<=", at)]),
        eb.and([eb("state", "=", "delivering"), eb("locked_until", "<", at)]),
      ]),
    )
    .returning(["id", "exhibitor_id", "lead_id", "event", "payload", "url", "attempts"])
    .executeTakeFirst();
}
