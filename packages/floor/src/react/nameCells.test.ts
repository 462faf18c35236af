import { describe, expect, it } from "vitest";
import { assignCells, nearest } from "./nameCells.ts";
import { ribbon } from "./ribbon.ts";

describe("name cells", () => {
  it("orders booths by distance", () => {
    const points = [
      { x: 10, z: 0 },
      { x: 1, z: 0 },
      { x: 5, z: 0 },
    ];
    expect(nearest(points, { x: 0, z: 0 }, 2)).toEqual([1, 2]);
  });

  it("keeps the cells of booths still in range and draws only the new ones", () => {
    const first = assignCells(new Map(), [0, 1, 2], 3);
    expect([...first.cells.values()].sort()).toEqual([0, 1, 2]);
    expect(first.fresh).toEqual([0, 1, 2]);
    const next = assignCells(first.cells, [1, 2, 7], 3);
    expect(next.cells.get(1)).toBe(first.cells.get(1));
    expect(next.cells.get(2)).toBe(first.cells.get(2));
    expect(next.cells.get(7)).toBe(first.cells.get(0));
    expect(next.fresh).toEqual([7]);
  });

  it("never hands out more cells than it has", () => {
    expect(assignCells(new Map(), [0, 1, 2, 3], 2).cells.size).toBe(2);
  });
});

describe("the route strip", () => {
  it("is one quad per segment, with u counting widths along the walk", () => {
    const strip = ribbon(
      [
        { x: 0, z: 0 },
        { x: 10, z: 0 },
        { x: 10, z: 5 },
      ],
      1,
      0.05,
    );
    expect(strip.positions.length).toBe(2 * 4 * 3);
    expect(strip.indices.length).toBe(2 * 6);
    expect(strip.uvs[0]).toBeCloseTo(-0.5, 9);
    expect(strip.uvs.at(-2)).toBeCloseTo(15.5, 9);
  });

  it("is empty for a single point", () => {
    expect(ribbon([{ x: 1, z: 1 }], 1, 0).positions.length).toBe(0);
  });
});
