import type { Kysely } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import { insertSampleRows, sampleRows } from "./sample-rows.ts";
import type { DB } from "./schema.ts";
import { TEST_ENGINES, useTestDatabase } from "./testing.ts";

async function count(db: Kysely<DB>, table: keyof DB): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return row.n;
}

describe.each(TEST_ENGINES)("constraints on %s", (engine) => {
  const db = useTestDatabase(engine);
  const rows = sampleRows();
  beforeEach(async () => {
    await insertSampleRows(db(), rows);
  });

  it("rejects a booth for an exhibitor that does not exist", async () => {
    const booth = { ...rows.booths, id: "booth-2", exhibitor_id: "missing" };
    await expect(db().insertInto("booths").values(booth).execute()).rejects.toThrow();
    expect(await count(db(), "booths")).toBe(1);
  });

  it("deletes an exhibitor's booth, members, materials, events, leads and bookmarks with it", async () => {
    await db().deleteFrom("exhibitors").where("id", "=", "exh-1").execute();
    const tables = ["booths", "members", "materials", "events", "event_speakers", "activity", "bookmarks"];
    for (const table of tables as (keyof DB)[]) {
      expect(await count(db(), table), table).toBe(0);
    }
    const speaker = await db().selectFrom("speakers").select("exhibitor_id").executeTakeFirstOrThrow();
    expect(speaker.exhibitor_id).toBeNull();
    expect(await count(db(), "users")).toBe(1);
  });

  it("deletes everything of an exhibition with it but keeps the accounts", async () => {
    await db().deleteFrom("exhibitions").where("id", "=", "expo-1").execute();
    for (const table of [
      "floors",
      "exhibitors",
      "booths",
      "speakers",
      "registrations",
      "activity",
    ] as const) {
      expect(await count(db(), table), table).toBe(0);
    }
    expect(await count(db(), "users")).toBe(1);
    expect(await count(db(), "messages")).toBe(1);
  });

  it("deletes a person's bookmarks with their account and refuses a second copy of one", async () => {
    await expect(db().insertInto("bookmarks").values(rows.bookmarks).execute()).rejects.toThrow();
    await db().deleteFrom("users").where("id", "=", "user-1").execute();
    expect(await count(db(), "bookmarks")).toBe(0);
    expect(await count(db(), "exhibitors")).toBe(1);
  });

  it("refuses to delete a floor that still has exhibitors", async () => {
    await expect(db().deleteFrom("floors").where("id", "=", "floor-1").execute()).rejects.toThrow();
    expect(await count(db(), "floors")).toBe(1);
  });

  it("refuses to delete a file that is still in use", async () => {
    await expect(db().deleteFrom("files").where("id", "=", "file-1").execute()).rejects.toThrow();
  });

  it("rejects a second user with the same e-mail", async () => {
    const twin = { ...rows.users, id: "user-2" };
    await expect(db().insertInto("users").values(twin).execute()).rejects.toThrow();
    expect(await count(db(), "users")).toBe(1);
  });

  it("rejects a second booth for the same exhibitor", async () => {
    const second = { ...rows.booths, id: "booth-2" };
    await expect(db().insertInto("booths").values(second).execute()).rejects.toThrow();
  });

  it("rejects a second floor with the same slug in one exhibition", async () => {
    const twin = { ...rows.floors, id: "floor-2" };
    await expect(db().insertInto("floors").values(twin).execute()).rejects.toThrow();
  });

  it("rejects a value outside an enumeration and a missing required value", async () => {
    const update = db().updateTable("exhibitors").where("id", "=", "exh-1");
    await expect(update.set({ status: "published" as "approved" }).execute()).rejects.toThrow();
    await expect(update.set({ name_en: null as unknown as string }).execute()).rejects.toThrow();
    await expect(update.set({ status: "approved" }).execute()).resolves.toBeDefined();
  });

  it("numbers activity rows in increasing order and never reuses an id", async () => {
    const insert = () =>
      db().insertInto("activity").values(rows.activity).returning("id").executeTakeFirstOrThrow();
    const ids = [(await insert()).id, (await insert()).id, (await insert()).id];
    expect(ids[0]).toBeLessThan(ids[1] ?? 0);
    expect(ids[1]).toBeLessThan(ids[2] ?? 0);
    await db()
      .deleteFrom("activity")
      .where("id", "=", ids[2] ?? 0)
      .execute();
    expect((await insert()).id).toBeGreaterThan(ids[2] ?? 0);
  });

  it("leaves nothing written when a transaction throws", async () => {
    const failing = db()
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto("users")
          .values({ ...rows.users, id: "user-2", email: "b@example.com", calendar_token: null })
          .execute();
        await trx.deleteFrom("sessions").execute();
        throw new Error("changed my mind");
      });
    await expect(failing).rejects.toThrow("changed my mind");
    expect(await count(db(), "users")).toBe(1);
    expect(await count(db(), "sessions")).toBe(1);
  });

  it("compares ISO-8601 timestamps by time in where created_at > ?", async () => {
    const stamps = ["2026-01-10T08:00:00.000Z", "2025-12-31T23:59:59.999Z", "2026-10-01T00:00:00.000Z"];
    for (const [i, created_at] of [...stamps, "2026-01-05T00:00:00.001Z"].entries()) {
      await db()
        .insertInto("outbox")
        .values({ ...rows.outbox, id: `mail-t${i}`, created_at, dedupe_key: null })
        .execute();
    }
    const later = await db()
      .selectFrom("outbox")
      .select("created_at")
      .where("created_at", ">", "2026-01-05T00:00:00.000Z")
      .where("id", "like", "mail-t%")
      .orderBy("created_at")
      .execute();
    expect(later.map((r) => r.created_at)).toEqual([
      "2026-01-05T00:00:00.001Z",
      "2026-01-10T08:00:00.000Z",
      "2026-10-01T00:00:00.000Z",
    ]);
  });
});
