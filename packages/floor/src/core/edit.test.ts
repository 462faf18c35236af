import { describe, expect, it } from "vitest";
import { boothInputs, moveBooth, placementProblem, resizeBooth } from "./edit.ts";
import { layoutFloor } from "./layout.ts";
import { booths, prng } from "./test-support.ts";
import type { FloorLayout } from "./types.ts";
import { validateLayout } from "./validate.ts";

// Block 1 of this floor holds a few booths at its west end and is empty further east.
const layout = layoutFloor(booths(40, prng(4), [1, 0, 0]));
const block = layout.blocks[1];
const emptyEnd = { x: (block?.x ?? 0) + (block?.width ?? 0) - 3, z: block?.z ?? 0 };

describe("moveBooth", () => {
  it("moves a booth into free space in a block, pins it and turns it to the nearest alley", () => {
    const result = moveBooth(layout, "b0", emptyEnd);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const moved = result.layout.booths.find((b) => b.id === "b0");
    expect(moved).toMatchObject({ ...emptyEnd, pinned: true, facing: "north" });
    expect(validateLayout(result.layout)).toEqual([]);
    expect(layout.booths.find((b) => b.id === "b0")?.pinned).toBe(false);
  });

  it("refuses to put a booth on top of another", () => {
    const other = layout.booths[1];
    expect(moveBooth(layout, "b0", { x: (other?.x ?? 0) + 1, z: other?.z ?? 0 })).toEqual({
      ok: false,
      reason: "overlapsBooth",
    });
  });

  it("refuses to block an alley", () => {
    expect(moveBooth(layout, "b0", { x: emptyEnd.x + 1, z: emptyEnd.z })).toEqual({
      ok: false,
      reason: "blocksAlley",
    });
    expect(moveBooth(layout, "b0", { x: 1, z: 1 })).toEqual({ ok: false, reason: "blocksAlley" });
  });

  it("refuses places off the floor, including NaN", () => {
    expect(moveBooth(layout, "b0", { x: -5, z: 10 })).toEqual({ ok: false, reason: "outsideFloor" });
    expect(moveBooth(layout, "b0", { x: layout.width - 1, z: 10 })).toEqual({
      ok: false,
      reason: "outsideFloor",
    });
    expect(moveBooth(layout, "b0", { x: Number.NaN, z: 10 })).toEqual({ ok: false, reason: "outsideFloor" });
  });

  it("says when the booth does not exist", () => {
    expect(moveBooth(layout, "nope", emptyEnd)).toEqual({ ok: false, reason: "unknownBooth" });
  });

  it("moves no other booth: every other booth keeps its place, size and facing", () => {
    const result = moveBooth(layout, "b0", emptyEnd);
    if (!result.ok) throw new Error(result.reason);
    expect(result.layout.booths.filter((b) => b.id !== "b0")).toEqual(
      layout.booths.filter((b) => b.id !== "b0"),
    );
    expect(result.layout.width).toBe(layout.width);
    expect(result.layout.alleys).toEqual(layout.alleys);
  });

  it("keeps the moved booth where it was put and every other booth where it stood when the floor is laid out again", () => {
    const result = moveBooth(layout, "b0", emptyEnd);
    if (!result.ok) throw new Error(result.reason);
    const again = layoutFloor(boothInputs(result.layout));
    expect(again.booths).toEqual(result.layout.booths);
    expect(validateLayout(again)).toEqual([]);
  });
});

/** A small booth with a neighbour against its east wall, in the same row. */
function hemmedIn(floor: FloorLayout) {
  const found = floor.booths.find(
    (b) => b.size === "small" && floor.booths.some((o) => o.x === b.x + b.width && o.z === b.z),
  );
  if (!found) throw new Error("no small booth with a neighbour");
  return found;
}

describe("resizeBooth", () => {
  // b0 moved near the empty east end of block 1, with room to grow to a medium booth.
  const roomy = moveBooth(layout, "b0", { x: emptyEnd.x - 6, z: emptyEnd.z });
  if (!roomy.ok) throw new Error(roomy.reason);

  it("gives the booth its new footprint where it stands and changes no other booth", () => {
    const result = resizeBooth(roomy.layout, "b0", "medium");
    if (!result.ok) throw new Error(result.reason);
    const resized = result.layout.booths.find((b) => b.id === "b0");
    expect(resized).toMatchObject({ x: emptyEnd.x - 6, z: emptyEnd.z, size: "medium", width: 6, depth: 4 });
    expect(resized?.pinned).toBe(true);
    expect(result.layout.booths.filter((b) => b.id !== "b0")).toEqual(
      roomy.layout.booths.filter((b) => b.id !== "b0"),
    );
    expect(validateLayout(result.layout)).toEqual([]);
  });

  it("keeps a booth the layout placed unpinned when it is resized where it stands", () => {
    const last = layout.booths.find((b) => b.id === "b39");
    expect(last?.pinned).toBe(false);
    const result = resizeBooth(layout, "b39", last?.size ?? "small");
    if (!result.ok) throw new Error(result.reason);
    expect(result.layout.booths.find((b) => b.id === "b39")).toEqual(last);
  });

  it("puts the resized booth at a new corner when given one, pinned there", () => {
    const corner = { x: emptyEnd.x - 6, z: emptyEnd.z };
    const result = resizeBooth(layout, "b0", "large", corner);
    if (!result.ok) throw new Error(result.reason);
    expect(result.layout.booths.find((b) => b.id === "b0")).toMatchObject({
      ...corner,
      width: 9,
      depth: 8,
      pinned: true,
      facing: "east",
    });
    expect(validateLayout(result.layout)).toEqual([]);
  });

  // Before edits were local, a size that did not fit re-flowed the whole floor around the booth.
  it("refuses a size that would overlap a neighbour instead of laying the floor out again", () => {
    const booth = hemmedIn(layout);
    expect(resizeBooth(layout, booth.id, "medium")).toEqual({ ok: false, reason: "overlapsBooth" });
  });

  it("refuses a size that would block an alley or reach beyond the floor", () => {
    const atEnd = moveBooth(layout, "b0", emptyEnd);
    if (!atEnd.ok) throw new Error(atEnd.reason);
    expect(resizeBooth(atEnd.layout, "b0", "medium")).toEqual({ ok: false, reason: "blocksAlley" });
    expect(resizeBooth(layout, "b0", "small", { x: layout.width - 2, z: 10 })).toEqual({
      ok: false,
      reason: "outsideFloor",
    });
  });

  it("says when the booth does not exist", () => {
    expect(resizeBooth(layout, "nope", "small")).toEqual({ ok: false, reason: "unknownBooth" });
  });
});

describe("placementProblem", () => {
  it("judges a spot for a booth without counting the booth itself", () => {
    const b0 = layout.booths.find((b) => b.id === "b0");
    if (!b0) throw new Error("no b0");
    expect(placementProblem(layout, "b0", b0)).toBeNull();
    expect(placementProblem(layout, "other", b0)).toBe("overlapsBooth");
    expect(placementProblem(layout, "b0", { ...b0, x: 0 })).toBe("blocksAlley");
  });
});
