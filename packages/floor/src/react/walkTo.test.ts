import { describe, expect, it } from "vitest";
import { createPicker } from "../core/picking.ts";
import { layoutFromPlan } from "./plan.ts";
import { testPlan } from "./test-plan.ts";
import { forwardOf } from "./view.ts";
import { alleyWalk, facedBooth, onAlley, viewpointOf } from "./walkTo.ts";

const layout = layoutFromPlan(testPlan(40));
const picker = createPicker(layout);

describe("walking to a point", () => {
  it("goes from the start to the end along alley centre lines", () => {
    const from = layout.alleys[0]?.from ?? { x: 0, z: 0 };
    const to = { x: layout.width - 3, z: layout.depth - 3 };
    const path = alleyWalk(layout, from, to);
    expect(path[0]).toEqual(from);
    expect(path.at(-1)).toEqual(to);
    // Every corner in between stands on an alley.
    for (const p of path.slice(1, -1)) expect(onAlley(layout, p)).toBe(true);
  });

  it("knows an alley from a booth", () => {
    const b = layout.booths[0];
    if (!b) throw new Error("no booth");
    expect(onAlley(layout, { x: b.x + 1, z: b.z + 1 })).toBe(false);
    const out = {
      x: b.entrance.x + (b.entrance.x - (b.x + b.width / 2)) * 0.1,
      z: b.entrance.z + (b.entrance.z - (b.z + b.depth / 2)) * 0.1,
    };
    expect(onAlley(layout, out)).toBe(true);
  });
});

describe("looking at a booth", () => {
  it("stands on the alley in front of the booth, facing its entrance", () => {
    for (const b of layout.booths.slice(0, 20)) {
      const spot = viewpointOf(layout, b);
      expect(picker.pick(spot.x, spot.z)).toBeNull();
      const ahead = forwardOf(spot.yaw);
      const toEntrance = { x: b.entrance.x - spot.x, z: b.entrance.z - spot.z };
      expect(ahead.x * toEntrance.x + ahead.z * toEntrance.z).toBeGreaterThan(1);
      expect(facedBooth(picker, spot, spot.yaw)?.id).toBe(b.id);
    }
  });

  it("faces no booth when looking down an empty alley", () => {
    expect(facedBooth(picker, { x: -50, z: -50 }, 0)).toBeNull();
  });
});
