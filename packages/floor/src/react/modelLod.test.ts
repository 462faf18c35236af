import { describe, expect, it } from "vitest";
import { type ModelSpot, modelsToEvict, modelsToShow, nearestDistance } from "./modelLod.ts";

// Model booths every 5 m along an alley at z = 0.
const row: ModelSpot[] = Array.from({ length: 20 }, (_, i) => ({ id: `b${i}`, x: i * 5, z: 0 }));
const options = { radius: 18, max: 5, hysteresis: 4 };
const walk = (x: number) => ({ x, z: 2, mode: "walk" as const });

describe("which models are drawn", () => {
  it("draws none from the overview, however close the visitor is", () => {
    expect(modelsToShow(row, { x: 10, z: 0, mode: "overview" }, options)).toEqual([]);
  });

  it("draws the nearest few within the radius, nearest first", () => {
    const shown = modelsToShow(row, walk(0), options);
    expect(shown).toEqual(["b0", "b1", "b2", "b3"]); // b4 is 20.1 m away
    expect(modelsToShow(row, walk(50), options)).toEqual(["b10", "b9", "b11", "b8", "b12"]);
  });

  it("draws nothing when no model booth is near", () => {
    expect(modelsToShow(row, { x: 0, z: 60, mode: "walk" }, options)).toEqual([]);
  });

  it("keeps a model drawn a little beyond the radius, so it does not flicker at the edge", () => {
    const spots = [{ id: "far", x: 20, z: 0 }];
    expect(modelsToShow(spots, walk(0), options)).toEqual([]); // 20.1 m: not yet
    const shown = modelsToShow(spots, walk(3), options); // 17.1 m: in
    expect(shown).toEqual(["far"]);
    // Stepping back to 20.1 m keeps it; 22.1 m and more lets it go.
    expect(modelsToShow(spots, walk(0), options, new Set(shown))).toEqual(["far"]);
    expect(modelsToShow(spots, walk(-2.5), options, new Set(shown))).toEqual([]);
  });

  it("prefers the ones already drawn when two are as near", () => {
    const pair = [
      { id: "a", x: -5, z: 0 },
      { id: "b", x: 5, z: 0 },
    ];
    const one = { ...options, max: 1 };
    expect(modelsToShow(pair, { x: 0, z: 0, mode: "walk" }, one, new Set(["b"]))).toEqual(["b"]);
    expect(modelsToShow(pair, { x: 0, z: 0, mode: "walk" }, one, new Set(["a"]))).toEqual(["a"]);
  });
});

describe("which parsed models are let go", () => {
  it("keeps at most the capacity, dropping the least recently used not drawn", () => {
    const cached = ["m1", "m2", "m3", "m4"].map((key) => ({ key, distance: 10 }));
    expect(modelsToEvict(cached, new Set(["m1"]), { capacity: 2, farRadius: 100 })).toEqual(["m2", "m3"]);
  });

  it("drops models far away even with room left, but never one drawn now", () => {
    const cached = [
      { key: "near", distance: 5 },
      { key: "far", distance: 200 },
      { key: "farButDrawn", distance: 200 },
    ];
    expect(modelsToEvict(cached, new Set(["farButDrawn"]), { capacity: 8, farRadius: 66 })).toEqual(["far"]);
  });

  it("measures to the nearest booth showing a model", () => {
    expect(
      nearestDistance({ x: 0, z: 0 }, [
        { x: 3, z: 4 },
        { x: 30, z: 0 },
      ]),
    ).toBe(5);
    expect(nearestDistance({ x: 0, z: 0 }, [])).toBe(Number.POSITIVE_INFINITY);
  });
});
