import { describe, expect, it } from "vitest";
import { createBoothIndex, type Direction } from "./neighbour.ts";
import { booth, laidOutPlan } from "./testPlan.ts";

function floorOf(booths: ReturnType<typeof booth>[]) {
  return { width: 60, depth: 40, booths, alleys: [], blocks: [] };
}

//   a b c        row at z = 0 (c is a medium booth)
//   d   e        row at z = 8, across an alley
const a = booth("a", 0, 0);
const b = booth("b", 3, 0);
const c = booth("c", 6, 0, 6);
const d = booth("d", 0, 8);
const e = booth("e", 9, 8);
const index = createBoothIndex(floorOf([a, b, c, d, e]));
const move = (from: string, direction: Direction) => index.neighbour(from, direction)?.id ?? null;

describe("createBoothIndex().neighbour", () => {
  it("moves along a row to the next booth", () => {
    expect(move("a", "right")).toBe("b");
    expect(move("b", "right")).toBe("c");
    expect(move("c", "left")).toBe("b");
  });

  it("moves across the alley to the booth opposite", () => {
    expect(move("a", "down")).toBe("d");
    expect(move("c", "down")).toBe("e");
    expect(move("e", "up")).toBe("c");
    expect(move("d", "up")).toBe("a");
  });

  it("prefers a booth straight ahead to a nearer one off to the side", () => {
    expect(move("d", "right")).toBe("e");
  });

  it("stays put at the edge of the floor", () => {
    expect(move("a", "left")).toBeNull();
    expect(move("a", "up")).toBeNull();
    expect(move("e", "right")).toBeNull();
    expect(move("missing", "right")).toBeNull();
  });

  it("handles a floor with no booths and one with a single booth", () => {
    expect(createBoothIndex(floorOf([])).neighbour("a", "down")).toBeNull();
    expect(createBoothIndex(floorOf([a])).neighbour("a", "down")).toBeNull();
  });

  it("lists the booths row by row for reading order", () => {
    expect(index.reading.map((x) => x.id)).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("walks a laid-out floor of 5,000 booths quickly and never jumps backwards", () => {
    const plan = laidOutPlan(5000);
    const big = createBoothIndex(plan);
    const start = performance.now();
    let current = big.reading[0]?.id ?? "";
    let steps = 0;
    for (let next = big.neighbour(current, "right"); next; next = big.neighbour(current, "right")) {
      const from = big.byId.get(current);
      expect(next.x + next.width / 2).toBeGreaterThan((from?.x ?? 0) + (from?.width ?? 0) / 2);
      current = next.id;
      steps++;
    }
    expect(steps).toBeGreaterThan(5);
    expect(big.neighbour(big.reading[0]?.id ?? "", "down")).not.toBeNull();
    expect(performance.now() - start).toBeLessThan(500);
  });
});
