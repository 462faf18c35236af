/**
 * Kysely's SQLite driver prepares every query it runs; with better-sqlite3, preparing costs about
 * as much as running a small query. Kysely compiles a query builder to the same SQL text each
 * time (values are parameters), so a bounded cache of prepared statements by SQL text saves that
 * work. SQLite re-prepares a cached statement by itself after the schema changes.
 */
import type { Database as BetterSqlite3, Statement } from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/** Wraps a better-sqlite3 handle so `prepare` reuses the last `capacity` distinct statements (least recently used out). */
export function cachingStatements(database: BetterSqlite3, capacity = 500): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      // A statement that is still iterating (a streamed query) cannot run again: prepare a fresh one.
      if (cached && !cached.busy) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}
