import { type Kysely, sql } from "kysely";
import { Migrator, NO_MIGRATIONS } from "kysely/migration";
import { describe, expect, it } from "vitest";
import { applyMigrations, migrateToLatest } from "./migrate.ts";
import { migrations } from "./migrations/index.ts";
import { insertSampleRows, sampleRows } from "./sample-rows.ts";
import type { DB } from "./schema.ts";
import { TEST_ENGINES, useTestDatabase } from "./testing.ts";

const TABLES = Object.keys(sampleRows()) as (keyof DB)[];

async function rowsOf(db: Kysely<DB>, table: keyof DB): Promise<Record<string, unknown>[]> {
  const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
  return result.rows;
}

function migratorFor(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

describe.each(TEST_ENGINES)("migrations on %s", (engine) => {
  const db = useTestDatabase(engine);

  it("applies every migration to an empty database", async () => {
    const applied = await migratorFor(db()).getMigrations();
    expect(applied.map((m) => m.name)).toEqual(Object.keys(migrations).sort());
    for (const migration of applied) expect(migration.executedAt).toBeInstanceOf(Date);
  });

  it("does nothing when run again on an up-to-date database", async () => {
    await insertSampleRows(db());
    const before = await migratorFor(db()).getMigrations();
    await migrateToLatest(db());
    await migrateToLatest(db());
    const after = await migratorFor(db()).getMigrations();
    expect(after.map((m) => m.executedAt)).toEqual(before.map((m) => m.executedAt));
    for (const table of TABLES) expect(await rowsOf(db(), table)).toHaveLength(1);
  });

  it("creates every table of schema.ts, empty", async () => {
    expect(TABLES).toHaveLength(46);
    for (const table of TABLES) expect(await rowsOf(db(), table)).toEqual([]);
  });

  it("stores and returns every column of every table unchanged", async () => {
    const rows = sampleRows();
    await insertSampleRows(db(), rows);
    for (const table of TABLES) {
      const [stored] = await rowsOf(db(), table);
      const { id: _id, ...withoutActivityId } = stored ?? {};
      expect(table === "activity" ? withoutActivityId : stored, table).toEqual(rows[table]);
    }
  });

  it("throws an error that names the migration that failed", async () => {
    const broken = {
      ...migrations,
      "9999_broken": { up: async (d: Kysely<unknown>) => void (await sql`select * from nowhere`.execute(d)) },
    };
    await expect(applyMigrations(db(), broken)).rejects.toThrow(/Migration "9999_broken" failed/);
  });

  it("rolls every migration back down to an empty database", async () => {
    const outcome = await migratorFor(db()).migrateTo(NO_MIGRATIONS);
    expect(outcome.error).toBeUndefined();
    const tables = await db().introspection.getTables();
    const ours = tables.map((t) => t.name).filter((name) => !/^(kysely_|sqlite_)/.test(name));
    expect(ours).toEqual([]);
  });
});
