import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listModels } from "../services/immersive/models.ts";
import { publicTourOf } from "../services/immersive/tours.ts";
import { seedDemoModel } from "./immersive-models.ts";
import { seedDemoTour } from "./immersive-tour.ts";
import { seedDemo } from "./seed.ts";
import { type SeededDemo, seededDemo, TEST_NOW } from "./seed-fixture.ts";

describe("the demo's immersive booths", () => {
  let demo: SeededDemo;
  let institute: { id: string; floor_id: string; name_en: string };
  let university: { id: string; floor_id: string; name_en: string };
  beforeAll(async () => {
    demo = await seededDemo("sqlite");
    institute = await demo.db
      .selectFrom("members")
      .innerJoin("users", "users.id", "members.user_id")
      .innerJoin("exhibitors", "exhibitors.id", "members.exhibitor_id")
      .select(["exhibitors.id", "exhibitors.floor_id", "exhibitors.name_en"])
      .where("users.email", "=", "exhibitor@demo.pavilion")
      .where("members.role", "=", "owner")
      .executeTakeFirstOrThrow();
    const withModels = await demo.db
      .selectFrom("product_models")
      .innerJoin("exhibitors", "exhibitors.id", "product_models.exhibitor_id")
      .select(["exhibitors.id", "exhibitors.floor_id", "exhibitors.name_en"])
      .where("exhibitors.id", "!=", institute.id)
      .execute();
    expect(withModels).toHaveLength(1);
    university = withModels[0] as typeof university;
  }, 120_000);
  afterAll(async () => {
    await demo.destroy();
  });

  it("shows the architecture institute's building maquette, featured, on the owner's booth", async () => {
    expect(institute.name_en).toMatch(/Architecture/);
    const [model, ...rest] = await listModels(demo.db, institute.id);
    expect(rest).toEqual([]);
    expect(model?.featured).toBe(true);
    expect(model?.title.en).toMatch(/teaching building/);
    expect(model?.title.ru).toMatch(/учебного корпуса/);
    expect(model?.triangles).toBeGreaterThan(5_000);
    expect(model?.triangles).toBeLessThan(15_000);
  });

  it("walks the institute's workshop, studio and gallery, linked both ways", async () => {
    const tour = await publicTourOf(demo.db, institute.id);
    expect(tour.panoramas.map((p) => p.title.en)).toEqual([
      "Model workshop",
      "Drawing studio",
      "Student projects gallery",
    ]);
    const links = tour.panoramas.flatMap((p) =>
      p.hotspots.filter((h) => h.kind === "panorama").map((h) => `${p.title.en}>${h.targetPanoramaId}`),
    );
    const [workshop, studio, gallery] = tour.panoramas.map((p) => p.id);
    expect(links.sort()).toEqual(
      [
        `Drawing studio>${gallery}`,
        `Drawing studio>${workshop}`,
        `Model workshop>${studio}`,
        `Student projects gallery>${studio}`,
      ].sort(),
    );
    const caption = tour.panoramas[0]?.hotspots.find((h) => h.kind === "caption");
    expect(caption?.text.en).toMatch(/laser cutter/);
  });

  it("gives the dairy set to the agricultural university on the institute's floor", async () => {
    expect(university.name_en).toMatch(/University of Agricultural Technology/);
    expect(university.floor_id).toBe(institute.floor_id);
    const [separator] = await listModels(demo.db, university.id);
    expect(separator?.featured).toBe(true);
    expect(separator?.title.en).toMatch(/separator/);
    expect(separator?.title.ru).toMatch(/учебного молочного завода/);
    const tour = await publicTourOf(demo.db, university.id);
    expect(tour.panoramas.map((p) => p.title.en)).toEqual([
      "Training dairy: milk storage hall",
      "Training dairy: bottling line",
      "Training dairy: quality lab",
    ]);
    const material = tour.panoramas[2]?.hotspots.find((h) => h.kind === "material");
    const own = await demo.db
      .selectFrom("materials")
      .select("id")
      .where("exhibitor_id", "=", university.id)
      .where("file_id", "is not", null)
      .execute();
    if (own.length > 0) expect(own.map((m) => m.id)).toContain(material?.material?.id);
  });

  it("adds nothing when seeded again", async () => {
    const counts = async () => ({
      models: (await demo.db.selectFrom("product_models").select("id").execute()).length,
      panoramas: (await demo.db.selectFrom("panoramas").select("id").execute()).length,
      hotspots: (await demo.db.selectFrom("tour_hotspots").select("id").execute()).length,
      files: (await demo.db.selectFrom("exhibitor_files").select("file_id").execute()).length,
    });
    const before = await counts();
    expect(before).toMatchObject({ models: 2, panoramas: 6 });
    expect((await seedDemo(demo.db, demo.storage, { now: TEST_NOW })).seeded).toBe(false);
    for (const [exhibitorId, set] of [
      [institute.id, "architecture"],
      [university.id, "dairy"],
    ] as const) {
      expect(await seedDemoModel(demo.db, demo.storage, { exhibitorId, now: TEST_NOW, set })).toBeNull();
      expect(await seedDemoTour(demo.db, demo.storage, { exhibitorId, now: TEST_NOW, set })).toEqual([]);
    }
    expect(await counts()).toEqual(before);
  });
});
