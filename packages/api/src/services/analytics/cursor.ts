/**
 * The rollup's place in the activity log. Each batch's transaction first writes the cursor row,
 * which holds it (a row lock on PostgreSQL, the write lock on SQLite) until the batch commits, so
 * two callers never count the same rows: the second one reads the cursor the first one moved.
 */
import { type Database, dialectOf } from "@pavilion/db";
import type { ActivityRow } from "./batch-facts.ts";

const CURSOR = "rollup";

/**
 * How long a hole in the ids may stay open before the rollup steps over it. On PostgreSQL an id is
 * taken when a row is inserted but seen only when its transaction commits, so a hole may be a
 * transaction still running (wait for it) or one rolled back (never filled).
 */
export const HOLE_GRACE_MS = 15_000;

/** Makes the cursor row if it is missing (at the start of the log). */
export async function ensureCursor(db: Database, now: Date): Promise<void> {
  await db
    .insertInto("analytics_cursor")
    .values({ name: CURSOR, last_id: 0, updated_at: now.toISOString() })
    .onConflict((conflict) => conflict.column("name").doNothing())
    .execute();
}

/** Takes the cursor for this transaction and answers the last id counted. */
export async function lockCursor(trx: Database, now: Date): Promise<number> {
  const row = await trx
    .updateTable("analytics_cursor")
    .set({ updated_at: now.toISOString() })
    .where("name", "=", CURSOR)
    .returning("last_id")
    .executeTakeFirstOrThrow();
  return Number(row.last_id);
}

export async function moveCursor(trx: Database, lastId: number): Promise<void> {
  await trx.updateTable("analytics_cursor").set({ last_id: lastId }).where("name", "=", CURSOR).execute();
}

/** The activity rows after the cursor that may be counted now, in id order. */
export async function rowsAfter(trx: Database, lastId: number, limit: number, now: Date) {
  const rows = await trx
    .selectFrom("activity")
    .selectAll()
    .where("id", ">", lastId)
    .orderBy("id")
    .limit(limit)
    .execute();
  // SQLite makes ids visible in the order it hands them out: no hole can fill later.
  const settled = dialectOf(trx) === "postgres" ? settledPrefix(rows, lastId, now) : rows;
  return { rows: settled, full: rows.length === limit && settled.length === rows.length };
}

/** The rows before the first hole in the ids that may still fill (see HOLE_GRACE_MS). */
export function settledPrefix(rows: readonly ActivityRow[], lastId: number, now: Date): ActivityRow[] {
  let previous = lastId;
  for (const [i, row] of rows.entries()) {
    const recent = Date.parse(row.occurred_at) > now.getTime() - HOLE_GRACE_MS;
    if (row.id !== previous + 1 && recent) return rows.slice(0, i);
    previous = row.id;
  }
  return [...rows];
}

/**
 * True when activity rows wait after the cursor (all of them when there is no cursor yet). Reads
 * only: the pages that catch up before answering ask this first, so a caught-up rollup costs no write.
 */
export async function anyRowsToCount(db: Database): Promise<boolean> {
  const cursor = await db
    .selectFrom("analytics_cursor")
    .select("last_id")
    .where("name", "=", CURSOR)
    .executeTakeFirst();
  const row = await db
    .selectFrom("activity")
    .select("id")
    .where("id", ">", Number(cursor?.last_id ?? 0))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** True when activity rows wait after the cursor. */
export async function anyRowsAfterCursor(db: Database): Promise<boolean> {
  const row = await db
    .selectFrom("activity")
    .select("activity.id")
    .where("activity.id", ">", db.selectFrom("analytics_cursor").select("last_id").where("name", "=", CURSOR))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
