import { describe, expect, it } from "vitest";
import { layoutFloor } from "./layout.ts";
import { booths } from "./test-support.ts";
import type { FloorLayout } from "./types.ts";
import { validateLayout } from "./validate.ts";

const layout = layoutFloor(booths(30));

function withFirstBoothAt(x: number, z: number, base: FloorLayout = layout): FloorLayout {
  return { ...base, booths: base.booths.map((b, i) => (i === 0 ? { ...b, x, z } : b)) };
}

describe("validateLayout", () => {
  it("finds nothing wrong with a fresh layout", () => {
    expect(validateLayout(layout)).toEqual([]);
  });

  it("reports two booths on top of each other", () => {
    const other = layout.booths[1];
    const problems = validateLayout(withFirstBoothAt((other?.x ?? 0) + 0.5, other?.z ?? 0));
    expect(problems).toContainEqual({ kind: "overlap", ids: expect.arrayContaining(["b0", "b1"]) });
  });

  it("does not count booths sharing a wall as overlapping", () => {
    const walls = layout.booths.filter((a) =>
      layout.booths.some((b) => a.x + a.width === b.x && a.z === b.z),
    );
    expect(walls.length).toBeGreaterThan(10);
    expect(validateLayout(layout).filter((p) => p.kind === "overlap")).toEqual([]);
  });

  it("reports a booth on an alley", () => {
    expect(validateLayout(withFirstBoothAt(1, 1))).toContainEqual({
      kind: "onAlley",
      id: "b0",
      alley: "ns-0",
    });
  });

  it("reports a booth off the floor or with no position", () => {
    expect(validateLayout(withFirstBoothAt(-20, 10))).toContainEqual({ kind: "outside", id: "b0" });
    expect(validateLayout(withFirstBoothAt(Number.NaN, 10))).toContainEqual({ kind: "outside", id: "b0" });
  });

  it("reports an id used twice", () => {
    const first = layout.booths[0];
    const doubled = { ...layout, booths: [...layout.booths, ...(first ? [{ ...first, x: 0, z: 0 }] : [])] };
    expect(validateLayout(doubled)).toContainEqual({ kind: "duplicateId", id: "b0" });
  });
});
