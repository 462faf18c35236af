/** Brings a database up to the newest schema with Kysely's migrator. */
import type { Kysely } from "kysely";
import { type Migration, type MigrationResultSet, Migrator } from "kysely/migration";
import { migrations } from "./migrations/index.ts";
import type { DB } from "./schema.ts";

/** Applies every migration not yet applied; throws naming the migration that failed. */
export async function migrateToLatest(db: Kysely<DB>): Promise<void> {
  await applyMigrations(db, migrations);
}

/** Applies the given migrations (by name) that are not yet applied; throws naming the one that failed. */
export async function applyMigrations(
  db: Kysely<DB>,
  record: Readonly<Record<string, Migration>>,
): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => record } });
  const outcome = await migrator.migrateToLatest();
  if (outcome.error !== undefined) throw migrationError(outcome);
}

function migrationError({ error, results }: MigrationResultSet): Error {
  const failed = results?.find((r) => r.status === "Error")?.migrationName;
  const cause = error instanceof Error ? error.message : String(error);
  const what = failed === undefined ? "Database migration failed" : `Migration "${failed}" failed`;
  return new Error(`${what}: ${cause}`, { cause: error });
}
