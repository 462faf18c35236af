/**
 * The analytics rollup (contract; its owner fills it): reads `activity` rows after the cursor in
 * id order and, in one transaction per batch, adds them to `stat_counters` / `stat_uniques`,
 * creates leads (contact.left, event.registered for the exhibitor's event, meeting.booked,
 * chat.message by a visitor who is not on the team) and adds warmth terms to their
 * `warmth_base`, queueing "lead.created" webhooks. Readers of leads and statistics call it first,
 * so what a visitor just did shows at once; a background pass keeps it near the head otherwise.
 */
import type { Database } from "@pavilion/db";

export interface CatchUpResult {
  /** Activity rows counted by this call. */
  processed: number;
  /** True when rows remain after `maxRows`. */
  behind: boolean;
}

export async function catchUpAnalytics(
  _db: Database,
  _now: Date,
  _options: { maxRows?: number } = {},
): Promise<CatchUpResult> {
  throw new Error("not implemented yet");
}
