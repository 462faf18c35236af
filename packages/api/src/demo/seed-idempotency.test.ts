import { postgresAvailableForTests, TEST_ENGINES } from "@pavilion/db/testing";
import { afterEach, describe, expect, it } from "vitest";
import { seedDemo } from "./seed.ts";
import { rowCounts, type SeededDemo, seededDemo, TEST_NOW } from "./seed-fixture.ts";

const opened: SeededDemo[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((demo) => demo.destroy()));
});

async function open(...args: Parameters<typeof seededDemo>): Promise<SeededDemo> {
  const demo = await seededDemo(...args);
  opened.push(demo);
  return demo;
}

describe.each(TEST_ENGINES)("seedDemo on %s", (engine) => {
  it.skipIf(engine === "postgres" && !postgresAvailableForTests())(
    "changes nothing when seeded a second time",
    async () => {
      const demo = await open(engine);
      expect(demo.result.seeded).toBe(true);
      const before = await rowCounts(demo.db);
      expect(before.exhibitors).toBeGreaterThanOrEqual(300);
      const again = await seedDemo(demo.db, demo.storage, { now: new Date(TEST_NOW.getTime() + 86_400_000) });
      expect(again).toEqual({ seeded: false, accounts: demo.result.accounts });
      expect(await rowCounts(demo.db)).toEqual(before);
    },
  );
});

describe("seedDemo determinism", () => {
  it("seeds two empty databases with the same exhibitors, ids and logos", async () => {
    const [one, two] = await Promise.all([open("sqlite"), open("sqlite")]);
    const exhibitors = (demo: SeededDemo) =>
      demo.db
        .selectFrom("exhibitors")
        .select(["id", "slug", "name_ru", "name_en", "description_en", "logo_file_id", "color"])
        .orderBy("id")
        .execute();
    const events = (demo: SeededDemo) =>
      demo.db.selectFrom("events").select(["id", "title_en", "starts_at"]).orderBy("id").execute();
    expect(await exhibitors(one as SeededDemo)).toEqual(await exhibitors(two as SeededDemo));
    expect(await events(one as SeededDemo)).toEqual(await events(two as SeededDemo));
  });

  it("writes nothing, and names no accounts, on a database that has another exhibition", async () => {
    const demo = await open("sqlite");
    await demo.db.deleteFrom("users").execute();
    const before = await rowCounts(demo.db);
    expect(await seedDemo(demo.db, demo.storage, { now: TEST_NOW })).toEqual({ seeded: false, accounts: [] });
    expect(await rowCounts(demo.db)).toEqual(before);
  });
});
