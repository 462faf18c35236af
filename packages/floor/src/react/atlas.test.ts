import { describe, expect, it } from "vitest";
import { cellOrigin, cellUv, squareGrid } from "./atlas.ts";

const grid = { columns: 4, rows: 2, cellWidth: 128, cellHeight: 128 };

describe("atlas cells", () => {
  it("puts cell 0 at the top left (v counts up from the image's bottom)", () => {
    expect(cellUv(0, grid, 0)).toEqual([0, 0.5, 0.25, 0.5]);
  });

  it("walks row by row", () => {
    expect(cellUv(5, grid, 0)).toEqual([0.25, 0, 0.25, 0.5]);
    expect(cellOrigin(5, grid)).toEqual({ left: 128, top: 128 });
  });

  it("insets a cell by half a texel on every side", () => {
    const uv = cellUv(0, grid);
    if (!uv) throw new Error("no cell");
    expect(uv[0]).toBeCloseTo(0.5 / 512, 9);
    expect(uv[1]).toBeCloseTo(0.5 + 0.5 / 256, 9);
    expect(uv[2]).toBeCloseTo(0.25 - 1 / 512, 9);
  });

  it("has no cell outside the grid", () => {
    expect(cellUv(8, grid)).toBeNull();
    expect(cellUv(-1, grid)).toBeNull();
    expect(cellUv(1.5, grid)).toBeNull();
  });

  it("shrinks square cells to keep a big atlas within the texture limit", () => {
    expect(squareGrid(80, 128)).toEqual({ columns: 9, rows: 9, cellWidth: 128, cellHeight: 128 });
    const big = squareGrid(2000, 128, 2048);
    expect(big.columns * big.rows).toBeGreaterThanOrEqual(2000);
    expect(big.columns * big.cellWidth).toBeLessThanOrEqual(2048);
  });
});
