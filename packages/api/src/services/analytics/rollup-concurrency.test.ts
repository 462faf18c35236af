import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type Database, dialectOf } from "@pavilion/db";
import { TEST_ENGINES, testPostgresUrl, useTestDatabase } from "@pavilion/db/testing";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { insertExhibition, insertExhibitor } from "../floor/test-fixtures.ts";
import type { CatchUpResult } from "./rollup.ts";
import { catchUpAnalytics } from "./rollup.ts";
import { counter, insertUser, record } from "./test-fixtures.ts";

const NOW = new Date("2026-11-23T12:00:00.000Z");
const CATCH_UP = fileURLToPath(new URL("./catch-up.fixture.ts", import.meta.url));
const run = promisify(execFile);

/** The database as another process opens it: the SQLite file or a postgres:// URL. */
async function databaseTarget(db: Database): Promise<string> {
  if (dialectOf(db) === "sqlite") {
    const { rows } = await sql<{ file: string }>`pragma database_list`.execute(db);
    return rows[0]?.file ?? "";
  }
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(db);
  const server = new URL(testPostgresUrl() ?? "");
  server.pathname = `/${rows[0]?.name ?? ""}`;
  return server.toString();
}

/** A catch-up in a process of its own (another server). */
async function catchUpElsewhere(db: Database): Promise<CatchUpResult> {
  const { stdout } = await run(process.execPath, [
    CATCH_UP,
    await databaseTarget(db),
    NOW.toISOString(),
    "10",
  ]);
  return JSON.parse(stdout) as CatchUpResult;
}

describe.each(TEST_ENGINES)("two servers catching up at once on %s", (engine) => {
  const db = useTestDatabase(engine);

  it("counts every row once", async () => {
    const expo = await insertExhibition(db());
    const dairy = await insertExhibitor(db(), expo.exhibitionId, { slug: "dairy", floorId: expo.food });
    const people = await Promise.all(Array.from({ length: 30 }, () => insertUser(db())));
    const at = {
      exhibition_id: expo.exhibitionId,
      exhibitor_id: dairy,
      occurred_at: "2026-11-22T10:00:00.000Z",
    };
    for (let round = 0; round < 80; round++) {
      await record(db(), ...people.map((user_id) => ({ ...at, user_id, kind: "booth.visit" })));
      if (round === 10)
        await record(db(), ...people.map((user_id) => ({ ...at, user_id, kind: "contact.left" })));
    }
    const results = await Promise.all([catchUpElsewhere(db()), catchUpElsewhere(db())]);
    results.push(await catchUpAnalytics(db(), NOW));
    expect(results.map((result) => result.processed).reduce((a, b) => a + b)).toBe(2430);
    expect(await counter(db(), "exhibitor", dairy, "visits")).toBe(2400);
    expect(await counter(db(), "exhibitor", dairy, "uniques")).toBe(30);
    expect(await counter(db(), "exhibitor", dairy, "contacts")).toBe(30);
    const leads = await db().selectFrom("leads").select(["user_id", "warmth_base"]).execute();
    expect(leads).toHaveLength(30);
    // Every lead saw its 80 visits and its contact once: all bases are equal.
    expect(new Set(leads.map((lead) => lead.warmth_base.toFixed(9))).size).toBe(1);
  });
});
