import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { dialectOf, isPostgresUrl, nowIso, openDatabase, sqliteFileFromDataDir } from "./connection.ts";
import { TEST_ENGINES, useTestDatabase } from "./testing.ts";

describe("connection helpers", () => {
  it("puts the SQLite file in the data folder", () => {
    expect(sqliteFileFromDataDir("/var/lib/pavilion")).toBe("/var/lib/pavilion/pavilion.sqlite");
  });

  it("recognises PostgreSQL URLs by their scheme", () => {
    expect(isPostgresUrl("postgres://u@h/db")).toBe(true);
    expect(isPostgresUrl("postgresql://u@h/db")).toBe(true);
    expect(isPostgresUrl("mysql://u@h/db")).toBe(false);
    expect(isPostgresUrl("")).toBe(false);
  });

  it("gives the time as an ISO-8601 UTC string with milliseconds", () => {
    expect(nowIso()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("refuses to open without a PostgreSQL URL or an SQLite file", () => {
    expect(() => openDatabase({})).toThrow(/sqliteFile/);
  });
});

describe("an SQLite file", () => {
  let dir = "";
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("is created with its folders, in WAL mode, foreign keys and a busy timeout; commits wait for the disk only when asked", async () => {
    dir = await mkdtemp(join(tmpdir(), "pavilion-conn-"));
    const db = openDatabase({ databaseUrl: "", sqliteFile: join(dir, "a", "b", "pavilion.sqlite") });
    try {
      const pragma = async (name: string) =>
        Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] ?? {})[0];
      expect(await pragma("journal_mode")).toBe("wal");
      expect(await pragma("foreign_keys")).toBe(1);
      expect(await pragma("synchronous")).toBe(1); // NORMAL: survives an app crash, not a power loss
      expect(await pragma("busy_timeout")).toBe(5000);
      expect(dialectOf(db)).toBe("sqlite");
    } finally {
      await db.destroy();
    }
  });

  it("waits for an fsync on every commit when told to (synchronous=FULL)", async () => {
    dir = await mkdtemp(join(tmpdir(), "pavilion-conn-"));
    const db = openDatabase({ sqliteFile: join(dir, "pavilion.sqlite"), sqliteSynchronous: "full" });
    try {
      const row = (await sql.raw("pragma synchronous").execute(db)).rows[0] ?? {};
      expect(Object.values(row)[0]).toBe(2);
    } finally {
      await db.destroy();
    }
  });
});

describe.each(TEST_ENGINES)("a %s database", (engine) => {
  const db = useTestDatabase(engine);

  it("reports its dialect, also inside a transaction", async () => {
    expect(dialectOf(db())).toBe(engine);
    await db()
      .transaction()
      .execute(async (trx) => {
        expect(dialectOf(trx)).toBe(engine);
      });
  });

  it("returns counts as numbers, not strings or bigints", async () => {
    const row = await db()
      .selectFrom("users")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(row.n).toBe(0);
  });
});
