import type { Database } from "@pavilion/db";
import { TEST_ENGINES, useTestDatabase } from "@pavilion/db/testing";
import { validateLayout } from "@pavilion/floor";
import { describe, expect, it } from "vitest";
import { seededDemo } from "../../demo/seed-fixture.ts";
import { floorBooths, layoutOf } from "./current-layout.ts";
import { ensureAllFloorLayouts, ensureFloorLayout } from "./placement.ts";
import { insertExhibition, insertExhibitor, insertMany } from "./test-fixtures.ts";

const now = new Date("2026-11-23T09:00:00.000Z");
const later = new Date("2026-11-23T10:00:00.000Z");

async function boothRows(db: Database) {
  return db.selectFrom("booths").selectAll().orderBy("exhibitor_id").execute();
}

describe.each(TEST_ENGINES)("booth placement on %s", (engine) => {
  const db = useTestDatabase(engine);

  it("gives every approved exhibitor of the floor a booth, drafts and other floors none", async () => {
    const expo = await insertExhibition(db());
    const approved = await insertMany(db(), expo.exhibitionId, expo.food, 12);
    const draft = await insertExhibitor(db(), expo.exhibitionId, {
      slug: "d",
      floorId: expo.food,
      status: "draft",
    });
    await insertExhibitor(db(), expo.exhibitionId, { slug: "t", floorId: expo.tech });
    expect(await ensureFloorLayout(db(), expo.food, now)).toBe(12);
    const rows = await boothRows(db());
    expect(rows.map((r) => r.exhibitor_id).sort()).toEqual([...approved].sort());
    expect(rows.some((r) => r.exhibitor_id === draft)).toBe(false);
    const layout = layoutOf(expo.food, await floorBooths(db(), expo.food));
    expect(validateLayout(layout)).toEqual([]);
    expect(rows.every((r) => r.floor_id === expo.food && r.placed_manually === 0)).toBe(true);
  });

  it("writes nothing when the floor already stands as laid out", async () => {
    const expo = await insertExhibition(db());
    await insertMany(db(), expo.exhibitionId, expo.food, 8);
    await ensureFloorLayout(db(), expo.food, now);
    const before = await boothRows(db());
    expect(await ensureFloorLayout(db(), expo.food, later)).toBe(0);
    expect(await boothRows(db())).toEqual(before);
  });

  it("removes the booth of an exhibitor no longer approved and keeps the other booths' ids", async () => {
    const expo = await insertExhibition(db());
    const [first, ...rest] = await insertMany(db(), expo.exhibitionId, expo.food, 6);
    await ensureFloorLayout(db(), expo.food, now);
    const ids = new Map((await boothRows(db())).map((r) => [r.exhibitor_id, r.id]));
    await db()
      .updateTable("exhibitors")
      .set({ status: "rejected" })
      .where("id", "=", first ?? "")
      .execute();
    await ensureFloorLayout(db(), expo.food, later);
    const rows = await boothRows(db());
    expect(rows.map((r) => r.exhibitor_id).sort()).toEqual([...rest].sort());
    for (const row of rows) expect(row.id).toBe(ids.get(row.exhibitor_id));
  });

  it("keeps a booth an organiser placed by hand where it stands", async () => {
    const expo = await insertExhibition(db());
    const [pinned] = await insertMany(db(), expo.exhibitionId, expo.food, 5);
    await ensureFloorLayout(db(), expo.food, now);
    const spot = { x: 6 + 30, z: 6 };
    await db()
      .updateTable("booths")
      .set({ ...spot, placed_manually: 1 })
      .where("exhibitor_id", "=", pinned ?? "")
      .execute();
    await insertMany(db(), expo.exhibitionId, expo.food, 10, "new");
    await ensureFloorLayout(db(), expo.food, later);
    const row = (await boothRows(db())).find((r) => r.exhibitor_id === pinned);
    expect(row).toMatchObject({ ...spot, placed_manually: 1 });
    expect(validateLayout(layoutOf(expo.food, await floorBooths(db(), expo.food)))).toEqual([]);
  });

  it("places newly approved exhibitors in free room and moves none of the booths standing", async () => {
    const expo = await insertExhibition(db());
    await insertMany(db(), expo.exhibitionId, expo.food, 9);
    await ensureFloorLayout(db(), expo.food, now);
    const before = await boothRows(db());
    // "aa-…" sort first by slug: laid out afresh they would take the first places.
    const added = await insertMany(db(), expo.exhibitionId, expo.food, 4, "aa");
    expect(await ensureFloorLayout(db(), expo.food, later)).toBe(4);
    const after = await boothRows(db());
    expect(after.filter((r) => !added.includes(r.exhibitor_id))).toEqual(before);
    expect(validateLayout(layoutOf(expo.food, await floorBooths(db(), expo.food)))).toEqual([]);
  });

  it("finds new room for a booth whose size changed and moves no other booth", async () => {
    const expo = await insertExhibition(db());
    const [grown] = await insertMany(db(), expo.exhibitionId, expo.food, 8);
    await ensureFloorLayout(db(), expo.food, now);
    const before = await boothRows(db());
    await db()
      .updateTable("exhibitors")
      .set({ booth_size: "large" })
      .where("id", "=", grown ?? "")
      .execute();
    expect(await ensureFloorLayout(db(), expo.food, later)).toBe(1);
    const after = await boothRows(db());
    expect(after.filter((r) => r.exhibitor_id !== grown)).toEqual(
      before.filter((r) => r.exhibitor_id !== grown),
    );
    expect(after.find((r) => r.exhibitor_id === grown)).toMatchObject({ size: "large", width: 9, depth: 8 });
    expect(validateLayout(layoutOf(expo.food, await floorBooths(db(), expo.food)))).toEqual([]);
  });

  it("moves a booth to the floor its exhibitor moved to", async () => {
    const expo = await insertExhibition(db());
    const [mover] = await insertMany(db(), expo.exhibitionId, expo.food, 3);
    await ensureAllFloorLayouts(db(), now);
    await db()
      .updateTable("exhibitors")
      .set({ floor_id: expo.tech })
      .where("id", "=", mover ?? "")
      .execute();
    await ensureAllFloorLayouts(db(), later);
    const rows = await boothRows(db());
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.exhibitor_id === mover)?.floor_id).toBe(expo.tech);
  });
});

describe("booth placement on the seeded demo", () => {
  it("places every approved exhibitor of every floor with no overlaps, alley or edge problems", async () => {
    const demo = await seededDemo("sqlite");
    try {
      await ensureAllFloorLayouts(demo.db, now);
      const approved = await demo.db
        .selectFrom("exhibitors")
        .select(["id", "floor_id"])
        .where("status", "=", "approved")
        .execute();
      const floors = await demo.db.selectFrom("floors").select("id").execute();
      let placed = 0;
      for (const floor of floors) {
        const rows = await floorBooths(demo.db, floor.id);
        expect(validateLayout(layoutOf(floor.id, rows))).toEqual([]);
        placed += rows.length;
      }
      expect(placed).toBe(approved.length);
      expect(await ensureAllFloorLayouts(demo.db, later)).toBe(0);
    } finally {
      await demo.destroy();
    }
  });
});
