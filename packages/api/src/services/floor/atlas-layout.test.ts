import { describe, expect, it } from "vitest";
import { ATLAS_MAX_PX, atlasCellPx, atlasLayout } from "./atlas-layout.ts";

const ids = (count: number, prefix = "f") => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

describe("atlasLayout", () => {
  it("has no atlas for a floor without logos", () => {
    expect(atlasLayout([])).toBeNull();
    expect(atlasLayout([null, null])).toBeNull();
  });

  it("gives each booth with a logo a cell, shares a cell between booths with the same logo", () => {
    const layout = atlasLayout(["a", null, "b", "a"]);
    expect(layout).toMatchObject({ cells: ["a", "b"], cellOf: [0, null, 1, 0], columns: 2, rows: 1 });
  });

  it("uses 128 px cells up to 1024 logos, then 64, and never draws wider or taller than 4096 px", () => {
    expect([1, 1024, 1025, 4096, 4097].map(atlasCellPx)).toEqual([128, 128, 64, 64, 32]);
    for (const count of [1, 80, 1024, 1025, 3000, 4096]) {
      const layout = atlasLayout(ids(count));
      if (!layout) throw new Error("expected an atlas");
      expect(layout.columns * layout.cellPx).toBeLessThanOrEqual(ATLAS_MAX_PX);
      expect(layout.rows * layout.cellPx).toBeLessThanOrEqual(ATLAS_MAX_PX);
      expect(layout.columns * layout.rows).toBeGreaterThanOrEqual(count);
    }
  });

  it("keeps its version while the logos stay and changes it when one changes", () => {
    const version = atlasLayout(ids(10))?.version;
    expect(atlasLayout(ids(10))?.version).toBe(version);
    expect(atlasLayout([...ids(9), "other"])?.version).not.toBe(version);
    expect(version).toMatch(/^[0-9a-f]{20}$/);
  });
});
