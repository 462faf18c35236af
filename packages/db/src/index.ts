/** @pavilion/db: the schema types, the connection to SQLite or PostgreSQL, and migrations. */
import type { Kysely } from "kysely";
import type { DB } from "./schema.ts";

export {
  type Dialect,
  dialectOf,
  isPostgresUrl,
  nowIso,
  type OpenDatabaseOptions,
  openDatabase,
  sqliteFileFromDataDir,
} from "./connection.ts";
export { createGroupCommit, type GroupCommit, groupCommit } from "./group-commit.ts";
export { migrateToLatest } from "./migrate.ts";
export type * from "./schema.ts";

/** A Kysely handle on the Pavilion database. */
export type Database = Kysely<DB>;
