import { type Kysely, sql } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import { insertSampleRows, sampleRows } from "./sample-rows.ts";
import type { DB } from "./schema.ts";
import { useTestDatabase } from "./testing.ts";

async function matches(db: Kysely<DB>, query: string): Promise<string[]> {
  const result = await sql<{ exhibitor_id: string }>`
    select exhibitor_id from exhibitor_search where exhibitor_search match ${query}`.execute(db);
  return result.rows.map((row) => row.exhibitor_id);
}

describe("the SQLite search index of exhibitors", () => {
  const db = useTestDatabase("sqlite");
  const rows = sampleRows();
  beforeEach(async () => {
    await insertSampleRows(db(), rows);
  });

  it("indexes a new exhibitor's names, descriptions and tags, in any letter case", async () => {
    expect(await matches(db(), '"акме"')).toEqual(["exh-1"]);
    expect(await matches(db(), '"ACME"')).toEqual(["exh-1"]);
    expect(await matches(db(), "b")).toEqual(["exh-1"]);
  });

  it("follows edits of the text and forgets a deleted exhibitor", async () => {
    const edit = db().updateTable("exhibitors").where("id", "=", "exh-1");
    await edit.set({ name_ru: "Ёлочка", description_en: "Christmas trees" }).execute();
    expect(await matches(db(), '"акме"')).toEqual([]);
    expect(await matches(db(), '"елочка"')).toEqual(["exh-1"]);
    expect(await matches(db(), '"christmas"')).toEqual(["exh-1"]);
    await edit.set({ status: "approved" }).execute();
    expect(await matches(db(), '"christ"*')).toEqual(["exh-1"]);
    await db().deleteFrom("exhibitors").where("id", "=", "exh-1").execute();
    expect(await matches(db(), '"елочка"')).toEqual([]);
  });
});
