/** Stores a batch's tally: people new to a unique count first (they add to "uniques"), then counters. */
import type { Database } from "@pavilion/db";
import { chunks } from "./batch-facts.ts";
import { counterKey, type Tally, type UniqueCandidate } from "./tally.ts";

/**
 * Inserts the unique-count candidates not known to be stored, counts each one that was new, and
 * answers the keys of all it looked at (stored once this transaction commits).
 */
async function countNewUniques(trx: Database, tally: Tally, known: ReadonlySet<string>): Promise<string[]> {
  const keys = [...tally.uniques.keys()].filter((key) => !known.has(key)).sort();
  const candidates = keys.map((key) => tally.uniques.get(key) as UniqueCandidate);
  const exhibitionOf = new Map(
    candidates.map((c) => [counterKey(c.scope, c.scopeId, c.day, "uniques"), c.exhibitionId]),
  );
  for (const part of chunks(candidates, 1000)) {
    const inserted = await trx
      .insertInto("stat_uniques")
      .values(part.map((c) => ({ scope: c.scope, scope_id: c.scopeId, day: c.day, user_id: c.userId })))
      .onConflict((conflict) => conflict.columns(["scope", "scope_id", "day", "user_id"]).doNothing())
      .returning(["scope", "scope_id", "day"])
      .execute();
    for (const row of inserted) {
      const exhibitionId = exhibitionOf.get(counterKey(row.scope, row.scope_id, row.day, "uniques"));
      if (exhibitionId === undefined) continue;
      // Each stored row is one day's (or all days') set: it counts only there.
      const key = counterKey(row.scope, row.scope_id, row.day, "uniques");
      const counter = tally.counters.get(key);
      if (counter) counter.value += 1;
      else {
        tally.counters.set(key, {
          ...{ exhibitionId, scope: row.scope, scopeId: row.scope_id, day: row.day },
          ...{ metric: "uniques", value: 1 },
        });
      }
    }
  }
  return keys;
}

/**
 * Adds the tally to stat_uniques and stat_counters in a few multi-row statements; answers the
 * unique keys stored (to remember once committed, see known-uniques.ts).
 */
export async function writeTally(trx: Database, tally: Tally, known: ReadonlySet<string>): Promise<string[]> {
  const stored = tally.uniques.size > 0 ? await countNewUniques(trx, tally, known) : [];
  for (const part of chunks([...tally.counters.values()], 1000)) {
    await trx
      .insertInto("stat_counters")
      .values(
        part.map((c) => ({
          ...{ exhibition_id: c.exhibitionId, scope: c.scope, scope_id: c.scopeId, day: c.day },
          ...{ metric: c.metric, value: c.value },
        })),
      )
      .onConflict((conflict) =>
        conflict
          .columns(["scope", "scope_id", "metric", "day"])
          .doUpdateSet((eb) => ({ value: eb("stat_counters.value", "+", eb.ref("excluded.value")) })),
      )
      .execute();
  }
  return stored;
}
