import { postgresAvailableForTests, TEST_ENGINES } from "@pavilion/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../../testing/index.ts";
import { ensureAllFloorLayouts } from "../floor/placement.ts";
import { insertExhibition, insertExhibitor } from "../floor/test-fixtures.ts";

describe.each(TEST_ENGINES)("exhibitor search on %s", (engine) => {
  let t: TestApi;
  const skip = engine === "postgres" && !postgresAvailableForTests();
  const run = skip ? it.skip : it;
  const names = async (query: string, limit?: number) =>
    (await t.browser().api.exhibition.search({ query, ...(limit ? { limit } : {}) })).map((r) => r.name.en);

  beforeAll(async () => {
    if (skip) return;
    t = await createTestApi(engine);
    const { exhibitionId, food, tech } = await insertExhibition(t.db);
    const add = (e: Parameters<typeof insertExhibitor>[2]) => insertExhibitor(t.db, exhibitionId, e);
    await add({ slug: "msu", floorId: food, nameRu: "Московский университет", nameEn: "Moscow University" });
    await add({
      slug: "spb",
      floorId: food,
      nameRu: "Петербургский институт",
      nameEn: "St Petersburg Institute",
    });
    await add({
      ...{
        slug: "ed",
        floorId: tech,
        nameRu: "ЭдТех",
        nameEn: "EdTech Lab",
        tags: "робототехника, robotics",
      },
      ...{ descriptionRu: "Курсы для школ Москвы", descriptionEn: "Courses for Moscow schools" },
    });
    await add({ slug: "yolka", floorId: tech, nameRu: "Ёлка", nameEn: "Fir Tree" });
    await add({ slug: "near", floorId: tech, nameRu: "Подмосковный колледж", nameEn: "Regional College" });
    await add({
      slug: "hidden",
      floorId: food,
      nameRu: "Московский черновик",
      nameEn: "Moscow Draft",
      status: "draft",
    });
    await ensureAllFloorLayouts(t.db, t.clock.now);
  });
  afterAll(() => t?.close());

  run("finds a Cyrillic name by the start of a word in another letter case", async () => {
    expect(await names("МОСК")).toEqual(["Moscow University", "EdTech Lab"]);
    expect(await names("моск")).toEqual(["Moscow University", "EdTech Lab"]);
  });

  run("filters the exhibitors list with the same matching, Cyrillic in any case", async () => {
    const list = async (query: string) =>
      (await t.browser().api.exhibition.exhibitors({ query })).items.map((item) => item.name.en);
    expect(await list("МОСК")).toEqual(["EdTech Lab", "Moscow University"]);
    expect(await list("ёлка")).toEqual(["Fir Tree"]);
    expect(await list("сковск")).toEqual([]);
    expect((await t.browser().api.exhibition.exhibitors({ query: "моск" })).total).toBe(2);
  });

  run("puts a match in the name before a match in the description", async () => {
    expect((await names("moscow"))[0]).toBe("Moscow University");
  });

  run("matches words by their start, not their middle", async () => {
    expect(await names("сковск")).toEqual([]);
    expect(await names("подмоск")).toEqual(["Regional College"]);
  });

  run("finds English names and tags by prefix, and needs every word to match", async () => {
    expect(await names("petersb")).toEqual(["St Petersburg Institute"]);
    expect(await names("robot")).toEqual(["EdTech Lab"]);
    expect(await names("moscow univ")).toEqual(["Moscow University"]);
    expect(await names("moscow petersburg")).toEqual([]);
  });

  run("reads ё as е", async () => {
    expect(await names("елка")).toEqual(["Fir Tree"]);
    expect(await names("ёлк")).toEqual(["Fir Tree"]);
  });

  run("answers garbage and search syntax with nothing, without an error", async () => {
    for (const query of ['"*(', "*", '"', "NEAR(", "^", ")("]) expect(await names(query)).toEqual([]);
    expect(await names("(моск*")).toEqual(["Moscow University", "EdTech Lab"]);
  });

  run("never finds exhibitors that are not approved", async () => {
    expect(await names("черновик")).toEqual([]);
    expect(await names("draft")).toEqual([]);
  });

  run("answers where the exhibitor stands, at most `limit` results", async () => {
    const [hit] = await t.browser().api.exhibition.search({ query: "edtech" });
    expect(hit).toMatchObject({ floorSlug: "tech", floorName: { ru: "Техника", en: "Tech" }, logoUrl: null });
    expect(hit?.boothId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await names("моск", 1)).toEqual(["Moscow University"]);
  });
});
