import { describe, expect, it } from "vitest";
import { alleyRect, rectHasPoint } from "./geometry.ts";
import { layoutFloor } from "./layout.ts";
import { booths, inFrontOf, prng } from "./test-support.ts";
import type { BoothInput, FloorLayout } from "./types.ts";
import { BOOTH_FOOTPRINTS } from "./types.ts";
import { validateLayout } from "./validate.ts";

function onAlley(layout: FloorLayout, x: number, z: number): boolean {
  return layout.alleys.some((a) => rectHasPoint(alleyRect(a), x, z));
}

function aspect(layout: FloorLayout): number {
  return Math.max(layout.width / layout.depth, layout.depth / layout.width);
}

describe("layoutFloor", () => {
  it("lays out an empty floor as a hall of alleys and empty blocks", () => {
    const layout = layoutFloor([]);
    expect(layout.booths).toEqual([]);
    expect(layout.blocks.length).toBeGreaterThan(0);
    expect(layout.alleys.length).toBeGreaterThanOrEqual(4);
    expect(aspect(layout)).toBeLessThanOrEqual(2);
  });

  it("places a single booth in a block, facing an alley", () => {
    const layout = layoutFloor([{ id: "solo", size: "medium" }]);
    const [booth] = layout.booths;
    expect(booth).toMatchObject({ id: "solo", size: "medium", width: 6, depth: 4, pinned: false });
    expect(validateLayout(layout)).toEqual([]);
    if (booth) expect(onAlley(layout, inFrontOf(booth).x, inFrontOf(booth).z)).toBe(true);
  });

  it("never places two booths on top of each other, on an alley or off the floor", () => {
    const random = prng(7);
    for (let run = 0; run < 60; run++) {
      const weights: [number, number, number] = [random() * 5, random() * 3, random() * 2];
      const input = booths(Math.floor(random() * 400), random, weights);
      const layout = layoutFloor(input);
      expect(validateLayout(layout)).toEqual([]);
      expect(layout.booths.map((b) => b.id)).toEqual(input.map((b) => b.id));
    }
  });

  it.each([2000, 5000])("lays out %i booths with no problems in a hall at most 2:1", (count) => {
    const input = booths(count, prng(count));
    const layout = layoutFloor(input);
    expect(layout.booths).toHaveLength(count);
    expect(validateLayout(layout)).toEqual([]);
    expect(aspect(layout)).toBeLessThanOrEqual(2);
  });

  it("opens every booth onto an alley", () => {
    const layout = layoutFloor(booths(600, prng(3), [3, 2, 1]));
    for (const booth of layout.booths) {
      const front = inFrontOf(booth);
      expect(onAlley(layout, front.x, front.z), booth.id).toBe(true);
    }
  });

  it("gives each booth its size's footprint and puts its entrance in the middle of its front", () => {
    const layout = layoutFloor(booths(200, prng(5), [1, 1, 1]));
    for (const b of layout.booths) {
      expect({ width: b.width, depth: b.depth }).toEqual(BOOTH_FOOTPRINTS[b.size]);
      const onEdge = b.entrance.x === b.x || b.entrance.x === b.x + b.width;
      const onFront = b.entrance.z === b.z || b.entrance.z === b.z + b.depth;
      expect(onEdge || onFront).toBe(true);
    }
  });

  it("puts pavilions at the ends of blocks, opening onto the alley there", () => {
    const layout = layoutFloor(booths(8, prng(1), [0, 0, 1]));
    const first = layout.booths[0];
    const block = layout.blocks[0];
    expect(first && block && first.x === block.x && first.facing === "west").toBe(true);
    const last = layout.booths.find(
      (b) => block && b.z === block.z && b.x + b.width === block.x + block.width,
    );
    expect(last?.facing).toBe("east");
  });

  it("gives the same floor for the same input", () => {
    const input = booths(900, prng(11), [4, 2, 1]);
    input[10] = { ...input[10], id: "b10", size: "small", pinned: { x: 50, z: 19 } };
    input[11] = { ...input[11], id: "b11", size: "medium", standing: { x: 92, z: 6 } };
    expect(layoutFloor(input)).toEqual(layoutFloor(structuredClone(input)));
  });

  it("grows the hall with the booth count and keeps it square-ish", () => {
    let area = 0;
    for (const count of [1, 10, 50, 300, 1000, 2000, 5000]) {
      const layout = layoutFloor(booths(count, prng(count)));
      expect(layout.width * layout.depth).toBeGreaterThanOrEqual(area);
      expect(aspect(layout)).toBeLessThanOrEqual(2);
      area = layout.width * layout.depth;
    }
  });

  it("keeps the first of two booths with the same id", () => {
    const layout = layoutFloor([
      { id: "a", size: "small" },
      { id: "a", size: "large" },
    ]);
    expect(layout.booths).toHaveLength(1);
    expect(layout.booths[0]?.size).toBe("small");
  });

  it("refuses blocks shorter than a pavilion", () => {
    expect(() => layoutFloor([], { blockLength: 5 })).toThrow(RangeError);
  });
});

describe("layoutFloor with pins", () => {
  const hall = layoutFloor(booths(120, prng(2)));
  const block = hall.blocks[3];
  const spot = { x: (block?.x ?? 0) + 10, z: (block?.z ?? 0) + 2 };

  it("keeps a pinned booth where the organiser put it and flows the rest around it", () => {
    const input: BoothInput[] = booths(120, prng(2));
    input[42] = { id: "b42", size: "small", pinned: spot };
    const layout = layoutFloor(input);
    expect(layout.booths[42]).toMatchObject({ ...spot, pinned: true });
    expect(layout.unpinned).toEqual([]);
    expect(validateLayout(layout)).toEqual([]);
  });

  it("lets a pinned booth go with the flow when it would stand on an alley", () => {
    const input: BoothInput[] = [{ id: "p", size: "small", pinned: { x: 0, z: 0 } }, ...booths(20)];
    const layout = layoutFloor(input);
    expect(layout.unpinned).toEqual(["p"]);
    expect(layout.booths[0]?.pinned).toBe(false);
    expect(validateLayout(layout)).toEqual([]);
  });

  it("keeps the earlier of two overlapping pins", () => {
    const input: BoothInput[] = [
      { id: "p", size: "medium", pinned: spot },
      { id: "q", size: "small", pinned: { x: spot.x + 1, z: spot.z } },
    ];
    const layout = layoutFloor(input);
    expect(layout.booths[0]).toMatchObject({ ...spot, pinned: true });
    expect(layout.unpinned).toEqual(["q"]);
    expect(validateLayout(layout)).toEqual([]);
  });

  it("keeps pins when exhibitors are added and the hall grows", () => {
    const pinned = { id: "p", size: "large" as const, pinned: { x: spot.x, z: block?.z ?? 0 } };
    const small = layoutFloor([pinned, ...booths(30)]);
    const big = layoutFloor([pinned, ...booths(3000)]);
    expect(small.booths[0]).toMatchObject({ ...pinned.pinned, pinned: true });
    expect(big.booths[0]).toMatchObject({ ...pinned.pinned, pinned: true });
    expect(validateLayout(big)).toEqual([]);
  });

  it("lets go of a pin far beyond the hall instead of stretching it", () => {
    const layout = layoutFloor([{ id: "far", size: "small", pinned: { x: 10_000, z: 6 } }]);
    expect(layout.unpinned).toEqual(["far"]);
    expect(layout.width).toBeLessThan(100);
  });

  it("still places everyone when many pins crowd the blocks", () => {
    const random = prng(99);
    const layout = layoutFloor(booths(300, random));
    const input: BoothInput[] = layout.booths.map((b, i) => ({
      id: b.id,
      size: b.size,
      pinned: i % 3 === 0 ? { x: b.x + (random() < 0.5 ? 0.5 : 0), z: b.z } : null,
    }));
    const again = layoutFloor(input);
    expect(again.booths).toHaveLength(300);
    expect(again.booths.filter((b) => b.pinned).length).toBeGreaterThan(50);
    expect(validateLayout(again)).toEqual([]);
  });
});

/** The layout's booths as input, each standing where the layout put it. */
function standingInputs(layout: FloorLayout): BoothInput[] {
  return layout.booths.map((b) => ({ id: b.id, size: b.size, standing: { x: b.x, z: b.z } }));
}

function placeOf(layout: FloorLayout) {
  return new Map(layout.booths.map((b) => [b.id, { x: b.x, z: b.z, facing: b.facing }]));
}

describe("layoutFloor with booths standing", () => {
  it("gives the same floor when every booth stands where the layout put it", () => {
    const random = prng(21);
    for (let run = 0; run < 30; run++) {
      const weights: [number, number, number] = [random() * 5, random() * 3, random() * 2];
      const layout = layoutFloor(booths(Math.floor(random() * 300), random, weights));
      expect(layoutFloor(standingInputs(layout))).toEqual(layout);
    }
  });

  it("places new booths in free room and moves none of the booths already standing", () => {
    const before = layoutFloor(booths(45, prng(6)));
    const added = booths(80, prng(9)).slice(45);
    const after = layoutFloor([...standingInputs(before), ...added]);
    const was = placeOf(before);
    for (const booth of after.booths.filter((b) => was.has(b.id))) {
      expect({ x: booth.x, z: booth.z, facing: booth.facing }).toEqual(was.get(booth.id));
      expect(booth.pinned).toBe(false);
    }
    expect(after.booths).toHaveLength(80);
    expect(validateLayout(after)).toEqual([]);
  });

  it("moves no booth when another leaves the floor", () => {
    const before = layoutFloor(booths(60, prng(12)));
    const after = layoutFloor(standingInputs(before).filter((b) => b.id !== "b7"));
    expect(after.booths.map((b) => [b.x, b.z])).toEqual(
      before.booths.filter((b) => b.id !== "b7").map((b) => [b.x, b.z]),
    );
  });

  it("lets a standing booth that no longer fits where it stands flow to free room", () => {
    const before = layoutFloor(booths(30, prng(3), [1, 0, 0]));
    const input = standingInputs(before);
    // b29 stood at the west end of a block; as a pavilion there it would cover its neighbours.
    const last = input.length - 1;
    input[last] = { ...input[last], id: "b29", size: "large", standing: { x: 6, z: 6 } };
    const after = layoutFloor(input);
    const moved = after.booths.find((b) => b.id === "b29");
    expect(moved).toMatchObject({ width: 9, depth: 8, pinned: false });
    expect(moved?.x === 6 && moved?.z === 6).toBe(false);
    expect(after.booths.slice(0, -1)).toEqual(before.booths.slice(0, -1));
    expect(after.unpinned).toEqual([]);
    expect(validateLayout(after)).toEqual([]);
  });

  it("keeps the earlier of two standing booths that overlap", () => {
    const spot = { x: 6, z: 6 };
    const layout = layoutFloor([
      { id: "p", size: "medium", standing: spot },
      { id: "q", size: "small", standing: { x: 8, z: 6 } },
    ]);
    expect(layout.booths[0]).toMatchObject({ ...spot, pinned: false });
    expect(layout.booths[1]?.x).not.toBe(8);
    expect(validateLayout(layout)).toEqual([]);
  });

  it("keeps an organiser's pin over a booth standing in its way, which flows", () => {
    const before = layoutFloor(booths(10, prng(5), [1, 0, 0]));
    const first = before.booths[0];
    const input = standingInputs(before);
    input.push({ id: "pin", size: "small", pinned: { x: first?.x ?? 0, z: first?.z ?? 0 } });
    const after = layoutFloor(input);
    expect(after.booths.find((b) => b.id === "pin")).toMatchObject({
      x: first?.x,
      z: first?.z,
      pinned: true,
    });
    expect(after.booths.find((b) => b.id === first?.id)?.x).not.toBe(first?.x);
    expect(validateLayout(after)).toEqual([]);
  });
});
