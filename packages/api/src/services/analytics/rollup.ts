/**
 * The analytics rollup: reads `activity` rows after the cursor in id order and, in one
 * transaction per batch that also moves the cursor, adds them to `stat_counters` /
 * `stat_uniques`, makes leads and adds warmth terms to their `warmth_base`, queueing CRM webhooks.
 * Readers of leads and statistics call it first, so what a visitor just did shows at once; a
 * background pass (background.ts) keeps it near the head otherwise.
 */
import type { Database } from "@pavilion/db";
import { loadBatchFacts } from "./batch-facts.ts";
import {
  anyRowsAfterCursor,
  anyRowsToCount,
  ensureCursor,
  lockCursor,
  moveCursor,
  rowsAfter,
} from "./cursor.ts";
import { knownUniques, rememberUniques } from "./known-uniques.ts";
import { applyLeads } from "./leads-from-activity.ts";
import { writeTally } from "./stat-writes.ts";
import { emptyTally, tallyRow } from "./tally.ts";

/** Rows counted per transaction. */
export const ROLLUP_BATCH_ROWS = 2_000;

export interface CatchUpResult {
  /** Activity rows counted by this call. */
  processed: number;
  /** True when rows remain after `maxRows`. */
  behind: boolean;
}

/** Counts the activity rows not yet counted (at most `maxRows`), a batch per transaction. */
export async function catchUpAnalytics(
  db: Database,
  now: Date,
  options: { maxRows?: number; batchRows?: number } = {},
): Promise<CatchUpResult> {
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const batchRows = options.batchRows ?? ROLLUP_BATCH_ROWS;
  if (!(await anyRowsToCount(db))) return { processed: 0, behind: false };
  await ensureCursor(db, now);
  const known = knownUniques(db);
  let processed = 0;
  while (processed < maxRows) {
    const limit = Math.min(batchRows, maxRows - processed);
    const batch = await db.transaction().execute((trx) => rollUpBatch(trx, now, limit, known));
    rememberUniques(known, batch.storedUniques);
    processed += batch.counted;
    if (!batch.full) return { processed, behind: false };
  }
  return { processed, behind: await anyRowsAfterCursor(db) };
}

/** One batch: takes the cursor, counts up to `limit` rows after it, moves it past them. */
async function rollUpBatch(trx: Database, now: Date, limit: number, known: ReadonlySet<string>) {
  const lastId = await lockCursor(trx, now);
  const { rows, full } = await rowsAfter(trx, lastId, limit, now);
  const last = rows.at(-1);
  if (last === undefined) return { counted: 0, full: false, storedUniques: [] };
  const facts = await loadBatchFacts(trx, rows);
  const tally = emptyTally();
  for (const row of rows) tallyRow(tally, row, facts);
  const storedUniques = await writeTally(trx, tally, known);
  await applyLeads(trx, rows, facts, now);
  await moveCursor(trx, last.id);
  return { counted: rows.length, full, storedUniques };
}
