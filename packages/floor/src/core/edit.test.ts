import { describe, expect, it } from "vitest";
import { boothInputs, moveBooth, resizeBooth } from "./edit.ts";
import { layoutFloor } from "./layout.ts";
import { booths, prng } from "./test-support.ts";
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

  it("keeps a moved booth where it was put when the floor is laid out again", () => {
    const result = moveBooth(layout, "b0", emptyEnd);
    if (!result.ok) throw new Error(result.reason);
    const again = layoutFloor(boothInputs(result.layout));
    expect(again.booths.find((b) => b.id === "b0")).toMatchObject({ ...emptyEnd, pinned: true });
    expect(validateLayout(again)).toEqual([]);
  });
});

describe("resizeBooth", () => {
  it("gives the booth its new footprint and keeps the other pins", () => {
    const input = booths(60, prng(8));
    input[0] = { id: "b0", size: "small", pinned: emptyEnd };
    const result = resizeBooth(input, "b5", "large");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.booths[5]?.size).toBe("large");
    expect(result.layout.booths.find((b) => b.id === "b5")).toMatchObject({ width: 9, depth: 8 });
    expect(result.layout.booths[0]).toMatchObject({ ...emptyEnd, pinned: true });
    expect(validateLayout(result.layout)).toEqual([]);
  });

  it("lets a pinned booth flow when its new size no longer fits where it stood", () => {
    const input = [{ id: "p", size: "small" as const, pinned: { x: emptyEnd.x, z: emptyEnd.z } }];
    const result = resizeBooth(input, "p", "large");
    if (!result.ok) throw new Error(result.reason);
    expect(result.layout.unpinned).toEqual(["p"]);
    expect(validateLayout(result.layout)).toEqual([]);
  });

  it("says when the booth does not exist", () => {
    expect(resizeBooth([], "nope", "small")).toEqual({ ok: false, reason: "unknownBooth" });
  });
});
