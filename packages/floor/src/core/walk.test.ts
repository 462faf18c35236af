import { describe, expect, it } from "vitest";
import { layoutFloor } from "./layout.ts";
import { createPicker } from "./picking.ts";
import { booths, prng } from "./test-support.ts";
import type { PlacedBooth, Point } from "./types.ts";
import { collide } from "./walk.ts";

const layout = layoutFloor(booths(200, prng(21)));
const picker = createPicker(layout);
const r = 0.4;

/** How far the visitor's circle reaches into the booth (0 when it does not). */
function penetration(b: PlacedBooth, p: Point): number {
  const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
  const dz = Math.max(b.z - p.z, 0, p.z - (b.z + b.depth));
  return Math.max(0, r - Math.hypot(dx, dz));
}

const northFacing = layout.booths.find((b) => b.facing === "north" && b.size === "small");
if (!northFacing) throw new Error("no north-facing booth");
const b = northFacing;
const front = { x: b.x + b.width / 2, z: b.z - 1 };

describe("collide", () => {
  it("walks freely along an alley", () => {
    expect(collide(layout, picker, front, { x: front.x + 2, z: front.z }, r)).toEqual({
      x: front.x + 2,
      z: front.z,
    });
  });

  it("stops at a booth wall, a radius away", () => {
    const end = collide(layout, picker, front, { x: front.x, z: front.z + 3 }, r);
    expect(end.x).toBe(front.x);
    expect(end.z).toBeCloseTo(b.z - r, 12);
  });

  it("slides along the wall when walking into it at an angle", () => {
    const end = collide(layout, picker, front, { x: front.x + 1, z: front.z + 3 }, r);
    expect(end).toEqual({ x: front.x + 1, z: b.z - r });
  });

  it("does not tunnel through a booth on a long step", () => {
    const end = collide(layout, picker, front, { x: front.x, z: front.z + 40 }, r);
    expect(end.z).toBeCloseTo(b.z - r, 12);
  });

  it("keeps the visitor on the floor", () => {
    expect(collide(layout, picker, { x: 2, z: 2 }, { x: -10, z: -3 }, r)).toEqual({ x: r, z: r });
    const far = collide(layout, picker, { x: layout.width - 2, z: 2 }, { x: layout.width + 5, z: 2 }, r);
    expect(far.x).toBe(layout.width - r);
  });

  it("stays put when asked to move to NaN", () => {
    expect(collide(layout, picker, front, { x: Number.NaN, z: 3 }, r)).toEqual(front);
  });

  it("lets a visitor who starts inside a booth walk out but not further in", () => {
    const inside = { x: b.x + 1, z: b.z + 2 };
    expect(collide(layout, picker, inside, { x: inside.x, z: b.z - 2 }, r)).toEqual({
      x: inside.x,
      z: b.z - 2,
    });
    expect(collide(layout, picker, inside, { x: inside.x + 0.5, z: inside.z }, r).x).toBe(inside.x);
  });

  it("never ends up inside a booth on a long random walk", () => {
    const random = prng(8);
    let at: Point = { x: 3, z: 3 };
    let blocked = 0;
    for (let step = 0; step < 20_000; step++) {
      const angle = random() * 2 * Math.PI;
      const length = random() * 3;
      const to = { x: at.x + length * Math.cos(angle), z: at.z + length * Math.sin(angle) };
      at = collide(layout, picker, at, to, r);
      if (at.x !== to.x || at.z !== to.z) blocked++;
      const near = picker.boothsInRect({ x: at.x - r, z: at.z - r, width: 2 * r, depth: 2 * r });
      for (const booth of near) expect(penetration(booth, at)).toBeLessThan(1e-9);
    }
    expect(blocked).toBeGreaterThan(1000);
  });
});
