import { rectsOverlap } from "@pavilion/floor";
import type { FloorBooth, FloorPlan } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import { laidOutPlan } from "../../floor/plan2d/testPlan.ts";
import { draftOf, draftProblem, draftRect, dragTo, isChanged, nudge, saveRequest } from "./draft.ts";

const plan = laidOutPlan(5);

function boothAt(index: number): FloorBooth {
  const booth = plan.booths[index];
  if (!booth) throw new Error(`no booth ${index}`);
  return booth;
}

/** The corner of a free spot for a small booth at the east end of the first block. */
function freeCorner(floor: FloorPlan) {
  const block = floor.blocks[0];
  if (!block) throw new Error("no block");
  const spot = { x: block.x + block.width - 3, z: block.z, width: 3, depth: 4 };
  expect(floor.booths.some((b) => rectsOverlap(b, spot))).toBe(false);
  return { x: spot.x, z: spot.z };
}

describe("the booth draft", () => {
  const small = boothAt(0);

  it("starts as the booth stands, unchanged", () => {
    const draft = draftOf(small);
    expect(draft).toEqual({ boothId: small.id, x: small.x, z: small.z, size: small.size });
    expect(isChanged(draft, small)).toBe(false);
    expect(saveRequest(draft, small)).toBeNull();
  });

  it("moves 1 m per arrow key and 5 m with Shift, north being up", () => {
    const draft = draftOf(small);
    expect(nudge(draft, "right", false)).toMatchObject({ x: small.x + 1, z: small.z });
    expect(nudge(draft, "up", false)).toMatchObject({ x: small.x, z: small.z - 1 });
    expect(nudge(draft, "left", true)).toMatchObject({ x: small.x - 5 });
    expect(nudge(draft, "down", true)).toMatchObject({ z: small.z + 5 });
  });

  it("snaps a dragged booth to whole metres, keeping the point where it was grabbed under the pointer", () => {
    const draft = dragTo(draftOf(small), { x: 20.7, z: 9.2 }, { x: 1.5, z: 2 });
    expect(draft).toMatchObject({ x: 19, z: 7 });
  });

  it("judges the target as the server does", () => {
    const draft = draftOf(small);
    expect(draftProblem(plan, draft)).toBeNull();
    const other = boothAt(1);
    expect(draftProblem(plan, { ...draft, x: other.x, z: other.z })).toBe("overlapsBooth");
    expect(draftProblem(plan, { ...draft, x: 0, z: 0 })).toBe("blocksAlley");
    expect(draftProblem(plan, { ...draft, x: -4, z: 0 })).toBe("outsideFloor");
    expect(draftProblem(plan, { ...draft, ...freeCorner(plan) })).toBeNull();
  });

  it("takes the footprint of the size chosen", () => {
    expect(draftRect({ ...draftOf(small), size: "large" })).toMatchObject({ width: 9, depth: 8 });
  });

  it("saves a move as a move, a new size as a resize, and both at once as a resize at the new corner", () => {
    const draft = draftOf(small);
    const to = freeCorner(plan);
    expect(saveRequest({ ...draft, ...to }, small)).toEqual({
      kind: "move",
      input: { exhibitorId: small.exhibitorId, ...to },
    });
    expect(saveRequest({ ...draft, size: "medium" }, small)).toEqual({
      kind: "resize",
      input: { exhibitorId: small.exhibitorId, size: "medium" },
    });
    expect(saveRequest({ ...draft, ...to, size: "medium" }, small)).toEqual({
      kind: "resize",
      input: { exhibitorId: small.exhibitorId, size: "medium", at: to },
    });
  });
});
