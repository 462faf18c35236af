/**
 * Opens the database: PostgreSQL when a postgres:// URL is given, otherwise an
 * embedded SQLite file. Both speak the same schema through Kysely.
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { DB } from "./schema.ts";
import { cachingStatements } from "./statement-cache.ts";

export type Dialect = "sqlite" | "postgres";

export interface OpenDatabaseOptions {
  /** postgres:// or postgresql:// URL; anything else (or nothing) means SQLite. */
  databaseUrl?: string | undefined;
  /** Path of the SQLite file, used when databaseUrl is not a PostgreSQL URL. */
  sqliteFile?: string | undefined;
  /**
   * When an SQLite commit waits for the disk (PRAGMA synchronous). "normal" (the default): in WAL
   * mode a commit survives a crash of the app, and the database is never corrupted, but the last
   * commits before a power loss or an OS crash may be lost; commits do not wait for an fsync.
   * "full": every commit waits for an fsync (about 2 ms here, blocking the one Node thread), and
   * survives power loss too.
   */
  sqliteSynchronous?: "normal" | "full" | undefined;
}

const INT8_OID = 20;

/** Opens a Kysely handle on PostgreSQL (for a postgres:// URL) or on an SQLite file. */
export function openDatabase(options: OpenDatabaseOptions): Kysely<DB> {
  const url = options.databaseUrl;
  if (url !== undefined && isPostgresUrl(url)) return openPostgres(url);
  if (options.sqliteFile === undefined || options.sqliteFile === "") {
    throw new Error("openDatabase needs a postgres:// databaseUrl or an sqliteFile");
  }
  return openSqlite(options.sqliteFile, options.sqliteSynchronous ?? "normal");
}

/** True when the URL names a PostgreSQL server. */
export function isPostgresUrl(url: string): boolean {
  return url.startsWith("postgres://") || url.startsWith("postgresql://");
}

/** Which engine a Kysely handle (or a transaction on it) talks to. */
export function dialectOf(db: Kysely<DB>): Dialect {
  // The adapter is shared by a Kysely instance and its transactions, unlike the instance itself.
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

/** The current time as an ISO-8601 UTC string, the format of every timestamp column. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Where the SQLite database lives inside a data folder. */
export function sqliteFileFromDataDir(dataDir: string): string {
  return join(dataDir, "pavilion.sqlite");
}

function openPostgres(connectionString: string): Kysely<DB> {
  // count(*) and bigint columns arrive as int8; parse them per pool rather than
  // changing the parser for every pg client in the process.
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8_OID, Number);
  const pool = new pg.Pool({ connectionString, types });
  // An idle connection the server closes (restart, failover, admin termination) is dropped from
  // the pool, and the next query opens a new one; without a listener the event would end the process.
  pool.on("error", () => undefined);
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

function openSqlite(file: string, synchronous: "normal" | "full"): Kysely<DB> {
  mkdirSync(dirname(file), { recursive: true });
  const database = new Database(file);
  database.pragma("journal_mode = WAL");
  database.pragma("busy_timeout = 5000");
  database.pragma(`synchronous = ${synchronous === "full" ? "FULL" : "NORMAL"}`);
  database.pragma("foreign_keys = ON");
  // 64 MiB of page cache (SQLite's default is 2 MiB): the analytics rollup and the leads pages
  // walk indexes far larger than that, and the default thrashes (measured +50 % rollup speed).
  database.pragma("cache_size = -65536");
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: cachingStatements(database) }) });
}
