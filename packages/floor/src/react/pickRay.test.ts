import { describe, expect, it } from "vitest";
import { createPicker } from "../core/picking.ts";
import type { FloorLayout } from "../core/types.ts";
import { floorPoint, pickAlongRay } from "./pickRay.ts";

// Two booths along an alley at z = 2: A at x 0–3, B at x 3–6, both 4 m deep south of it.
const layout: FloorLayout = {
  width: 20,
  depth: 10,
  booths: [
    {
      id: "A",
      size: "small",
      facing: "north",
      x: 0,
      z: 4,
      width: 3,
      depth: 4,
      entrance: { x: 1.5, z: 4 },
      pinned: true,
    },
    {
      id: "B",
      size: "small",
      facing: "north",
      x: 3,
      z: 4,
      width: 3,
      depth: 4,
      entrance: { x: 4.5, z: 4 },
      pinned: true,
    },
  ],
  alleys: [{ id: "a", from: { x: 0, z: 2 }, to: { x: 20, z: 2 }, width: 4 }],
  blocks: [],
  unpinned: [],
};
const picker = createPicker(layout);

describe("picking along a pointer ray", () => {
  it("finds where a ray meets the floor", () => {
    expect(floorPoint({ origin: { x: 0, y: 2, z: 0 }, direction: { x: 1, y: -1, z: 0 } })).toEqual({
      x: 2,
      z: 0,
    });
    expect(floorPoint({ origin: { x: 0, y: 2, z: 0 }, direction: { x: 1, y: 0.1, z: 0 } })).toBeNull();
  });

  it("picks the booth straight below a camera high above", () => {
    const hit = pickAlongRay(picker, { origin: { x: 4, y: 80, z: 6 }, direction: { x: 0, y: -1, z: 0 } });
    expect(hit.booth?.id).toBe("B");
  });

  it("stops at the wall in front at eye height, not at the floor behind it", () => {
    // From the alley, looking south and a little down: the floor point is far beyond booth A.
    const ray = { origin: { x: 1.5, y: 1.7, z: 1 }, direction: { x: 0, y: -0.1, z: 1 } };
    const hit = pickAlongRay(picker, ray);
    expect(hit.booth?.id).toBe("A");
    expect(hit.floor?.z).toBeCloseTo(18, 6);
  });

  it("passes over booths when the ray is above them", () => {
    const ray = { origin: { x: 1.5, y: 5, z: 1 }, direction: { x: 0, y: 0.2, z: 1 } };
    expect(pickAlongRay(picker, ray).booth).toBeNull();
  });

  it("finds nothing on the alley", () => {
    const hit = pickAlongRay(picker, { origin: { x: 10, y: 30, z: 2 }, direction: { x: 0, y: -1, z: 0 } });
    expect(hit.booth).toBeNull();
    expect(hit.floor).toEqual({ x: 10, z: 2 });
  });
});
