import { describe, expect, it } from "vitest";
import { frameFor } from "./frame.ts";

describe("frameFor", () => {
  it("widens a deep floor to a wide box, keeping the floor in the middle", () => {
    const frame = frameFor({ width: 46, depth: 96 }, { width: 800, height: 500 });
    expect(frame.depth).toBe(96);
    expect((frame.width + 4) / (frame.depth + 4)).toBeCloseTo(800 / 500, 1);
    expect(frame.offset).toEqual({ x: (frame.width - 46) / 2, z: 0 });
  });

  it("deepens a wide floor to a tall box", () => {
    const frame = frameFor({ width: 120, depth: 40 }, { width: 400, height: 600 });
    expect(frame.width).toBe(120);
    expect(frame.depth).toBeGreaterThan(120);
    expect(frame.offset.x).toBe(0);
  });

  it("is the floor itself before the box has a size", () => {
    expect(frameFor({ width: 46, depth: 96 }, { width: 0, height: 0 })).toEqual({
      width: 46,
      depth: 96,
      offset: { x: 0, z: 0 },
    });
  });
});
