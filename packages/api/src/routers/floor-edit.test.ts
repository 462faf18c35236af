import { postgresAvailableForTests, TEST_ENGINES } from "@pavilion/db/testing";
import { rectsOverlap } from "@pavilion/floor";
import type { FloorPlan } from "@pavilion/schema";
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

/** The north-west corner of a free 3 × 4 m spot in a block of the plan. */
function freeSpot(plan: FloorPlan): { x: number; z: number } {
  for (const block of [...plan.blocks].reverse()) {
    for (let x = block.x; x + 3 <= block.x + block.width; x += 3) {
      for (const z of [block.z, block.z + block.depth - 4]) {
        const spot = { x, z, width: 3, depth: 4 };
        if (!plan.booths.some((b) => rectsOverlap(b, spot))) return { x, z };
      }
    }
  }
  throw new Error("the floor has no free spot");
}

describe.each(TEST_ENGINES)("organisers editing floors on %s", (engine) => {
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

  run("lets an organiser move a booth: it stays where put, pinned, and the floor stays valid", async () => {
    const [moved] = await insertMany(t.db, expo.exhibitionId, expo.food, 10);
    const organiser = await t.signedIn({ role: "organiser" });
    await ensureAllFloorLayouts(t.db, t.clock.now);
    const to = freeSpot(await organiser.api.floor.plan({ slug: "food" }));
    const plan = await organiser.api.floor.moveBooth({ exhibitorId: moved ?? "", ...to });
    expect(plan.booths.find((b) => b.exhibitorId === moved)).toMatchObject(to);
    expect(planProblems(plan)).toEqual([]);
    const row = await t.db
      .selectFrom("booths")
      .selectAll()
      .where("exhibitor_id", "=", moved ?? "")
      .executeTakeFirst();
    expect(row).toMatchObject({ ...to, placed_manually: 1 });
    expect(await t.browser().api.floor.plan({ slug: "food" })).toEqual(plan);
  });

  run("refuses to move a booth onto another booth, an alley or off the floor, saying why", async () => {
    const [a, b] = await insertMany(t.db, expo.exhibitionId, expo.food, 2);
    await ensureAllFloorLayouts(t.db, t.clock.now);
    const organiser = await t.signedIn({ role: "organiser" });
    const plan = await organiser.api.floor.plan({ slug: "food" });
    const other = plan.booths.find((booth) => booth.exhibitorId === b);
    const move = (x: number, z: number) => organiser.api.floor.moveBooth({ exhibitorId: a ?? "", x, z });
    const overlap = await failure(move(other?.x ?? 0, other?.z ?? 0));
    expect([overlap.code, overlap.message]).toEqual([
      "CONFLICT",
      "The booth cannot stand there: it would overlap another booth.",
    ]);
    expect((await failure(move(1, 1))).message).toMatch(/block an alley/);
    expect((await failure(move(plan.width - 1, 7))).message).toMatch(/beyond the floor/);
    const rows = await t.db.selectFrom("booths").select(["x", "z", "placed_manually"]).execute();
    expect(rows.every((row) => row.placed_manually === 0)).toBe(true);
  });

  run("lets an organiser resize a booth: the floor is laid out again around it", async () => {
    const ids = await insertMany(t.db, expo.exhibitionId, expo.food, 12);
    const organiser = await t.signedIn({ role: "organiser" });
    const target = ids[3] ?? "";
    const plan = await organiser.api.floor.resizeBooth({ exhibitorId: target, size: "large" });
    expect(plan.booths.find((b) => b.exhibitorId === target)).toMatchObject({
      size: "large",
      width: 9,
      depth: 8,
    });
    expect(planProblems(plan)).toEqual([]);
    const exhibitor = await t.db
      .selectFrom("exhibitors")
      .select("booth_size")
      .where("id", "=", target)
      .executeTakeFirst();
    expect(exhibitor?.booth_size).toBe("large");
    expect(await ensureAllFloorLayouts(t.db, t.clock.now)).toBe(0);
  });

  run("refuses to move or resize the booth of an exhibitor that is not approved", async () => {
    const draft = await insertExhibitor(t.db, expo.exhibitionId, {
      slug: "d",
      floorId: expo.food,
      status: "draft",
    });
    const organiser = await t.signedIn({ role: "organiser" });
    const moved = await failure(organiser.api.floor.moveBooth({ exhibitorId: draft, x: 6, z: 6 }));
    expect(moved.code).toBe("NOT_FOUND");
    const resized = await failure(
      organiser.api.floor.resizeBooth({ exhibitorId: crypto.randomUUID(), size: "small" }),
    );
    expect(resized.code).toBe("NOT_FOUND");
  });
});
