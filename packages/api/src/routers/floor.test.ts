import { postgresAvailableForTests, TEST_ENGINES } from "@pavilion/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ensureAllFloorLayouts } from "../services/floor/placement.ts";
import {
  insertExhibition,
  insertExhibitor,
  insertMany,
  planProblems,
  type SmallExhibition,
} from "../services/floor/test-fixtures.ts";
import { createTestApi, failure, type TestApi } from "../testing/index.ts";

describe.each(TEST_ENGINES)("floors on %s", (engine) => {
  let t: TestApi;
  let expo: SmallExhibition;
  const skip = engine === "postgres" && !postgresAvailableForTests();
  const run = skip ? it.skip : it;
  beforeAll(async () => {
    if (!skip) t = await createTestApi(engine);
  });
  afterAll(() => t?.close());
  beforeEach(async () => {
    if (skip) return;
    await t.db.deleteFrom("exhibitions").execute();
    expo = await insertExhibition(t.db);
  });

  run(
    "draws a floor: its booths with names, colours, logos and atlas cells, and every floor with its count",
    async () => {
      const logo = "a".repeat(64);
      await t.db
        .insertInto("files")
        .values({ id: logo, mime: "image/png", size: 1, created_at: "x" })
        .execute();
      await insertExhibitor(t.db, expo.exhibitionId, {
        ...{
          slug: "acme",
          floorId: expo.food,
          nameRu: "<b>Акме</b>",
          nameEn: "Acme & Sons",
          logoFileId: logo,
        },
      });
      await insertExhibitor(t.db, expo.exhibitionId, { slug: "bare", floorId: expo.food });
      await insertExhibitor(t.db, expo.exhibitionId, { slug: "draft", floorId: expo.food, status: "draft" });
      await ensureAllFloorLayouts(t.db, t.clock.now);
      const plan = await t.browser().api.floor.plan({ slug: "food" });
      expect(plan.floor).toMatchObject({ id: expo.food, slug: "food", name: { ru: "Еда", en: "Food" } });
      expect(plan.floors.map((f) => [f.slug, f.exhibitorCount])).toEqual([
        ["food", 2],
        ["tech", 0],
      ]);
      const [acme, bare] = plan.booths;
      expect(acme).toMatchObject({
        slug: "acme",
        name: { ru: "<b>Акме</b>", en: "Acme & Sons" },
        color: "#3a6ea5",
      });
      expect(acme).toMatchObject({
        logoUrl: `/files/${logo}`,
        atlasIndex: 0,
        live: false,
        staffOnline: false,
      });
      expect(bare).toMatchObject({ slug: "bare", logoUrl: null, atlasIndex: null });
      expect(plan.atlas).toEqual({
        url: expect.stringMatching(new RegExp(`^/floors/${expo.food}/atlas/[0-9a-f]{20}\\.png$`)),
        ...{ columns: 1, rows: 1, cellPx: 128 },
      });
      expect(plan.alleys.length).toBeGreaterThanOrEqual(4);
      expect(planProblems(plan)).toEqual([]);
      expect((await t.browser().api.floor.plan({ slug: "tech" })).atlas).toBeNull();
    },
  );

  run("shows a booth as live while an approved event of its exhibitor is on", async () => {
    const [host, other] = await insertMany(t.db, expo.exhibitionId, expo.food, 2);
    await ensureAllFloorLayouts(t.db, t.clock.now);
    const now = t.clock.now.getTime();
    const event = (
      id: string,
      exhibitorId: string,
      fromMin: number,
      toMin: number,
      status: "approved" | "draft",
    ) => ({
      ...{ id, exhibition_id: expo.exhibitionId, exhibitor_id: exhibitorId, kind: "webinar" as const },
      ...{ format: "seminar" as const, stream: null, title_ru: "в", title_en: "w", description_ru: "" },
      ...{ description_en: "", starts_at: new Date(now + fromMin * 60_000).toISOString() },
      ...{ ends_at: new Date(now + toMin * 60_000).toISOString(), timezone: "UTC", capacity: null },
      ...{
        registration_mode: "open" as const,
        access: "everyone" as const,
        status,
        created_at: "x",
        updated_at: "x",
      },
    });
    await t.db
      .insertInto("events")
      .values([
        event(crypto.randomUUID(), host ?? "", -10, 50, "approved"),
        event(crypto.randomUUID(), other ?? "", -10, 50, "draft"),
        event(crypto.randomUUID(), other ?? "", -60, 0, "approved"),
      ])
      .execute();
    const plan = await t.browser().api.floor.plan({ slug: "food" });
    expect(plan.booths.map((b) => [b.exhibitorId, b.live])).toEqual([
      [host, true],
      [other, false],
    ]);
  });

  run("answers an unknown floor with a translated not-found", async () => {
    const error = await failure(t.browser("ru").api.floor.plan({ slug: "nowhere" }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("Не найдено.");
  });
});
