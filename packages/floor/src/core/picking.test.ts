import { describe, expect, it } from "vitest";
import { layoutFloor } from "./layout.ts";
import { createPicker } from "./picking.ts";
import { booths, prng } from "./test-support.ts";
import type { PlacedBooth } from "./types.ts";

const layout = layoutFloor(booths(2000, prng(2000)));
const picker = createPicker(layout);

function bruteForce(x: number, z: number): PlacedBooth | null {
  return layout.booths.find((b) => x >= b.x && x < b.x + b.width && z >= b.z && z < b.z + b.depth) ?? null;
}

/** Two booths in one row sharing a wall, the west one first. */
function neighbours(): [PlacedBooth, PlacedBooth] {
  for (const a of layout.booths) {
    const b = layout.booths.find((o) => o.x === a.x + a.width && o.z === a.z && o.depth === a.depth);
    if (b) return [a, b];
  }
  throw new Error("no neighbours");
}

describe("createPicker", () => {
  it("finds the booth under a point inside it", () => {
    for (const b of layout.booths.slice(0, 200)) {
      expect(picker.pick(b.x + b.width / 2, b.z + b.depth / 2)).toBe(b);
    }
  });

  it("counts the north and west edges of a booth as inside and the south and east edges as outside", () => {
    const [a, b] = neighbours();
    expect(picker.pick(a.x, a.z)).toBe(a);
    expect(picker.pick(a.x + a.width, a.z + 1)).toBe(b);
    expect(picker.pick(a.x + a.width - 1e-9, a.z + 1)).toBe(a);
    expect(picker.pick(a.x + 1, a.z + a.depth - 1e-9)).toBe(a);
    expect(picker.pick(a.x + 1, a.z + a.depth)).not.toBe(a);
  });

  it("returns null on an alley between two booths", () => {
    const north = layout.booths.find((b) => b.facing === "south");
    if (!north) throw new Error("no south-facing booth");
    const x = north.entrance.x;
    expect(picker.pick(x, north.z + north.depth)).toBeNull();
    expect(picker.pick(x, north.z + north.depth + 2)).toBeNull();
    const south = picker.pick(x, north.z + north.depth + 4);
    expect(south === null || south.facing === "north").toBe(true);
  });

  it("returns null in the free part of a block beside its booths", () => {
    const few = layoutFloor(booths(5, prng(1), [1, 0, 0]));
    const fewPicker = createPicker(few);
    const last = few.booths[4];
    if (!last) throw new Error("no booths");
    expect(fewPicker.pick(last.x + last.width - 0.01, last.z + 1)).toBe(last);
    expect(fewPicker.pick(last.x + last.width, last.z + 1)).toBeNull();
    expect(fewPicker.pick(last.x + last.width + 10, last.z + 1)).toBeNull();
  });

  it("returns null outside the floor, on its far edges and for NaN or infinite points", () => {
    expect(picker.pick(-0.001, 10)).toBeNull();
    expect(picker.pick(layout.width, 10)).toBeNull();
    expect(picker.pick(10, layout.depth)).toBeNull();
    expect(picker.pick(Number.NaN, 10)).toBeNull();
    expect(picker.pick(10, Number.NaN)).toBeNull();
    expect(picker.pick(Number.POSITIVE_INFINITY, 10)).toBeNull();
    expect(picker.pick(10, Number.NEGATIVE_INFINITY)).toBeNull();
  });

  it("agrees with testing every booth at 10,000 random points", () => {
    const random = prng(5);
    for (let i = 0; i < 10_000; i++) {
      const x = random() * (layout.width + 20) - 10;
      const z = random() * (layout.depth + 20) - 10;
      expect(picker.pick(x, z)).toBe(bruteForce(x, z));
    }
  });

  it("agrees with testing every booth whatever the cell size", () => {
    const random = prng(6);
    for (const cellSize of [0.7, 5, 50, 10_000]) {
      const coarse = createPicker(layout, { cellSize });
      for (let i = 0; i < 2000; i++) {
        const x = random() * layout.width;
        const z = random() * layout.depth;
        expect(coarse.pick(x, z)).toBe(bruteForce(x, z));
      }
    }
  });

  it("lists the booths overlapping a rectangle in layout order", () => {
    const rect = { x: 20, z: 10, width: 30, depth: 25 };
    const expected = layout.booths.filter(
      (b) =>
        b.x < rect.x + rect.width &&
        rect.x < b.x + b.width &&
        b.z < rect.z + rect.depth &&
        rect.z < b.z + b.depth,
    );
    expect(expected.length).toBeGreaterThan(5);
    expect(picker.boothsInRect(rect)).toEqual(expected);
    expect(picker.boothsInRect({ x: -50, z: -50, width: 10, depth: 10 })).toEqual([]);
  });

  it("picks nothing on an empty floor", () => {
    const empty = createPicker(layoutFloor([]));
    expect(empty.pick(10, 10)).toBeNull();
    expect(empty.boothsInRect({ x: 0, z: 0, width: 100, depth: 100 })).toEqual([]);
  });

  it("picks the only booth of a one-booth floor", () => {
    const one = layoutFloor([{ id: "solo", size: "large" }]);
    const booth = one.booths[0];
    expect(booth && createPicker(one).pick(booth.x + 1, booth.z + 1)).toBe(booth);
  });
});
