/** Multi-row inserts in chunks, to stay well below the engines' bound-parameter limits. */
import type { Database, DB } from "@pavilion/db";
import type { Insertable } from "kysely";

// 100 rows of the widest demo table (exhibitors, 21 columns) bind 2,100 values:
// fine for SQLite (32,766) and PostgreSQL (65,535).
const ROWS_PER_INSERT = 100;

/** Inserts rows into a table, a hundred at a time. */
export async function insertInBatches<T extends keyof DB & string>(
  db: Database,
  table: T,
  rows: readonly Insertable<DB[T]>[],
): Promise<number> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + ROWS_PER_INSERT))
      .execute();
  }
  return rows.length;
}
