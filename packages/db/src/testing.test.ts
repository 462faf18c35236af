import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { nowIso } from "./connection.ts";
import { createTestDatabase, postgresAvailableForTests, testPostgresUrl } from "./testing.ts";

const user = (id: string) => {
  const at = nowIso();
  return { id, email: `${id}@example.com`, name: id, password_hash: "x", created_at: at, updated_at: at };
};

describe("test databases", () => {
  it("removes the SQLite file and its folder on destroy", async () => {
    const { db, destroy } = await createTestDatabase("sqlite");
    const list = await sql<{ file: string }>`pragma database_list`.execute(db);
    const file = list.rows[0]?.file ?? "";
    expect(existsSync(file)).toBe(true);
    await destroy();
    expect(existsSync(dirname(file))).toBe(false);
  });

  it("keeps the data of two test databases apart", async () => {
    const a = await createTestDatabase();
    const b = await createTestDatabase();
    try {
      await a.db
        .insertInto("users")
        .values({ ...user("ann"), locale: "en", role: "visitor" })
        .execute();
      expect(await b.db.selectFrom("users").select("id").execute()).toEqual([]);
    } finally {
      await a.destroy();
      await b.destroy();
    }
  });

  it.skipIf(!postgresAvailableForTests())("drops the PostgreSQL database on destroy", async () => {
    const { db, destroy } = await createTestDatabase("postgres");
    const current = await sql<{ name: string }>`select current_database() as name`.execute(db);
    const name = current.rows[0]?.name;
    expect(name).toMatch(/^pavilion_test_/);
    await destroy();
    const client = new pg.Client({ connectionString: testPostgresUrl() });
    await client.connect();
    try {
      const left = await client.query("select 1 from pg_database where datname = $1", [name]);
      expect(left.rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });
});
