import { createPicker, layoutFloor, planRoute } from "@pavilion/floor";
import { layoutFromPlan } from "@pavilion/floor/react";
import type { FloorPlan } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import { myRoute, stopsReached } from "./myRoute.ts";

function testPlan(count: number): FloorPlan {
  const inputs = Array.from({ length: count }, (_, i) => ({
    id: `b${i}`,
    size: (["small", "medium", "large"] as const)[i % 3] ?? "small",
  }));
  const layout = layoutFloor(inputs);
  return {
    floor: { id: "f1", slug: "hall", name: { ru: "Зал", en: "Hall" } },
    floors: [],
    width: layout.width,
    depth: layout.depth,
    alleys: layout.alleys,
    blocks: layout.blocks,
    booths: layout.booths.map((b, i) => ({
      ...b,
      exhibitorId: `e${i}`,
      slug: `s${i}`,
      name: { ru: `Стенд ${i}`, en: `Booth ${i}` },
      color: "#336699",
      logoUrl: null,
      atlasIndex: null,
      live: false,
      staffOnline: false,
    })),
    atlas: null,
  };
}

describe("my route", () => {
  const plan = testPlan(30);
  const layout = layoutFromPlan(plan);
  const start = { x: layout.width / 2, z: layout.depth };

  it("lists the bookmarked booths of this floor in the order planRoute walks them", () => {
    const mine = myRoute(plan, layout, ["e3", "e17", "e25", "elsewhere"], start);
    const expected = planRoute(layout, start, ["b3", "b17", "b25"]).order;
    expect(mine?.stops.map((b) => b.id)).toEqual(expected);
    expect(mine?.stops).toHaveLength(3);
  });

  it("is null when no bookmark is on this floor", () => {
    expect(myRoute(plan, layout, ["elsewhere"], start)).toBeNull();
  });

  it("counts a stop as reached at its entrance, and only in order", () => {
    // Two booths far apart, so standing at one is not already near the other.
    const far = plan.booths.reduce((best, b) =>
      Math.hypot(b.x - (plan.booths[0]?.x ?? 0), b.z - (plan.booths[0]?.z ?? 0)) >
      Math.hypot(best.x - (plan.booths[0]?.x ?? 0), best.z - (plan.booths[0]?.z ?? 0))
        ? b
        : best,
    );
    const mine = myRoute(plan, layout, ["e0", far.exhibitorId], start);
    if (!mine) throw new Error("no route");
    const [first, second] = mine.route.order.map((id) => layout.booths.find((b) => b.id === id));
    if (!first || !second) throw new Error("no stops");
    expect(stopsReached(mine.route, start, 0)).toBe(0);
    expect(stopsReached(mine.route, second.entrance, 0)).toBe(0);
    expect(stopsReached(mine.route, first.entrance, 0)).toBe(1);
    expect(stopsReached(mine.route, second.entrance, 1)).toBe(2);
    expect(createPicker(layout).pick(first.entrance.x, first.entrance.z)).not.toBeNull();
  });
});
