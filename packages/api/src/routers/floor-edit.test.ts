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

/** The north-west corner of a free `width` × `depth` m spot in a block of the plan. */
function freeSpot(plan: FloorPlan, width = 3, depth = 4): { x: number; z: number } {
  for (const block of [...plan.blocks].reverse()) {
    for (let x = block.x; x + width <= block.x + block.width; x += 3) {
      for (const z of [block.z, block.z + block.depth - depth]) {
        const spot = { x, z, width, depth };
        if (!plan.booths.some((b) => rectsOverlap(b, spot))) return { x, z };
      }
    }
  }
  throw new Error("the floor has no free spot");
}

/** Where a booth of the plan stands. */
function place(booth: FloorPlan["booths"][number]) {
  return { exhibitorId: booth.exhibitorId, x: booth.x, z: booth.z, size: booth.size, facing: booth.facing };
}

/** Where every booth but one stands. */
function othersThan(plan: FloorPlan, exhibitorId: string | undefined) {
  return plan.booths.filter((b) => b.exhibitorId !== exhibitorId).map(place);
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

  run(
    "lets an organiser move a booth: it stays where put, pinned, no other booth moves, the floor stays valid",
    async () => {
      const [moved] = await insertMany(t.db, expo.exhibitionId, expo.food, 10);
      const organiser = await t.signedIn({ role: "organiser" });
      await ensureAllFloorLayouts(t.db, t.clock.now);
      const to = freeSpot(await organiser.api.floor.plan({ slug: "food" }));
      const before = await organiser.api.floor.plan({ slug: "food" });
      const plan = await organiser.api.floor.moveBooth({ exhibitorId: moved ?? "", ...to });
      expect(plan.booths.find((b) => b.exhibitorId === moved)).toMatchObject({ ...to, placedByHand: true });
      expect(othersThan(plan, moved)).toEqual(othersThan(before, moved));
      expect(planProblems(plan)).toEqual([]);
      const row = await t.db
        .selectFrom("booths")
        .selectAll()
        .where("exhibitor_id", "=", moved ?? "")
        .executeTakeFirst();
      expect(row).toMatchObject({ ...to, placed_manually: 1 });
      expect(await t.browser().api.floor.plan({ slug: "food" })).toEqual(plan);
    },
  );

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

  run(
    "lets an organiser resize a booth where it stands when the new size fits, moving no other booth",
    async () => {
      const ids = await insertMany(t.db, expo.exhibitionId, expo.food, 12);
      const organiser = await t.signedIn({ role: "organiser" });
      await ensureAllFloorLayouts(t.db, t.clock.now);
      const target = ids[3] ?? "";
      const spot = freeSpot(await organiser.api.floor.plan({ slug: "food" }), 6);
      const before = await organiser.api.floor.moveBooth({ exhibitorId: target, ...spot });
      const plan = await organiser.api.floor.resizeBooth({ exhibitorId: target, size: "medium" });
      expect(plan.booths.find((b) => b.exhibitorId === target)).toMatchObject({
        ...spot,
        size: "medium",
        width: 6,
        depth: 4,
      });
      expect(othersThan(plan, target)).toEqual(othersThan(before, target));
      expect(planProblems(plan)).toEqual([]);
      const exhibitor = await t.db
        .selectFrom("exhibitors")
        .select("booth_size")
        .where("id", "=", target)
        .executeTakeFirst();
      expect(exhibitor?.booth_size).toBe("medium");
      expect(await ensureAllFloorLayouts(t.db, t.clock.now)).toBe(0);
    },
  );

  // Before edits were local, a size that did not fit re-flowed every unpinned booth of the floor.
  run(
    "refuses a size that does not fit where the booth stands, and resizes it at a new place given one",
    async () => {
      const ids = await insertMany(t.db, expo.exhibitionId, expo.food, 12);
      const organiser = await t.signedIn({ role: "organiser" });
      await ensureAllFloorLayouts(t.db, t.clock.now);
      const before = await organiser.api.floor.plan({ slug: "food" });
      const hemmed = before.booths.find(
        (b) => b.size === "small" && before.booths.some((o) => o.x === b.x + b.width && o.z === b.z),
      );
      const target = hemmed?.exhibitorId ?? "";
      expect(ids).toContain(target);
      const refused = await failure(organiser.api.floor.resizeBooth({ exhibitorId: target, size: "large" }));
      expect(refused.message).toMatch(/^The booth cannot stand there/);
      expect(await organiser.api.floor.plan({ slug: "food" })).toEqual(before);

      const at = freeSpot(before, 9, 8);
      const plan = await organiser.api.floor.resizeBooth({ exhibitorId: target, size: "large", at });
      expect(plan.booths.find((b) => b.exhibitorId === target)).toMatchObject({
        ...at,
        size: "large",
        placedByHand: true,
      });
      expect(othersThan(plan, target)).toEqual(othersThan(before, target));
      expect(planProblems(plan)).toEqual([]);
    },
  );

  run("places an exhibitor approved after a move in free room, and no booth standing moves", async () => {
    const [moved] = await insertMany(t.db, expo.exhibitionId, expo.food, 10);
    const organiser = await t.signedIn({ role: "organiser" });
    await ensureAllFloorLayouts(t.db, t.clock.now);
    const to = freeSpot(await organiser.api.floor.plan({ slug: "food" }));
    const before = await organiser.api.floor.moveBooth({ exhibitorId: moved ?? "", ...to });
    const late = await insertMany(t.db, expo.exhibitionId, expo.food, 6, "late");
    await ensureAllFloorLayouts(t.db, t.clock.now);
    const plan = await t.browser().api.floor.plan({ slug: "food" });
    const standing = plan.booths.filter((b) => !late.includes(b.exhibitorId));
    expect(standing.map(place)).toEqual(before.booths.map(place));
    expect(plan.booths.filter((b) => late.includes(b.exhibitorId))).toHaveLength(6);
    expect(planProblems(plan)).toEqual([]);
  });

  run("lets no one but an organiser move or resize a booth", async () => {
    const [booth] = await insertMany(t.db, expo.exhibitionId, expo.food, 2);
    await ensureAllFloorLayouts(t.db, t.clock.now);
    const visitor = await t.signedIn();
    const move = { exhibitorId: booth ?? "", x: 6, z: 6 };
    expect((await failure(visitor.api.floor.moveBooth(move))).code).toBe("FORBIDDEN");
    expect((await failure(t.browser().api.floor.moveBooth(move))).code).toBe("UNAUTHORIZED");
    const resize = { exhibitorId: booth ?? "", size: "large" as const };
    expect((await failure(visitor.api.floor.resizeBooth(resize))).code).toBe("FORBIDDEN");
  });

  run("lets only one of two organisers moving booths onto the same spot at once succeed", async () => {
    const [a, b] = await insertMany(t.db, expo.exhibitionId, expo.food, 2);
    const organiser = await t.signedIn({ role: "organiser" });
    await ensureAllFloorLayouts(t.db, t.clock.now);
    const to = freeSpot(await organiser.api.floor.plan({ slug: "food" }));
    const results = await Promise.allSettled([
      organiser.api.floor.moveBooth({ exhibitorId: a ?? "", ...to }),
      organiser.api.floor.moveBooth({ exhibitorId: b ?? "", ...to }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(planProblems(await organiser.api.floor.plan({ slug: "food" }))).toEqual([]);
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
