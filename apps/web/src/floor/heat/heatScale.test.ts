import { describe, expect, it } from "vitest";
import { HEAT_STOPS, heatByBooth, heatColor, heatOf, hexToRgb, NO_VISITS_COLOR } from "./heatScale.ts";

describe("heat map colours", () => {
  it("paints a booth nobody visited grey, not the palest heat", () => {
    expect(heatColor(0, 0)).toBe(NO_VISITS_COLOR);
    expect(heatColor(0.01, 1)).not.toBe(NO_VISITS_COLOR);
  });

  it("runs from pale yellow for the quietest to deep red for the busiest booth", () => {
    expect(heatColor(0, 1)).toBe(HEAT_STOPS[0]);
    expect(heatColor(1, 50)).toBe(HEAT_STOPS[HEAT_STOPS.length - 1]);
    const red = (hex: string) => hexToRgb(hex)[1];
    // Green falls as heat rises: the colour darkens towards red.
    expect(red(heatColor(0.2, 5))).toBeGreaterThan(red(heatColor(0.8, 20)));
  });

  it("keeps out-of-range heat on the scale", () => {
    expect(heatColor(3, 5)).toBe(HEAT_STOPS[HEAT_STOPS.length - 1]);
    expect(heatColor(-1, 5)).toBe(HEAT_STOPS[0]);
    expect(heatColor(Number.NaN, 5)).toBe(HEAT_STOPS[0]);
  });

  it("looks booths up by booth id and counts unnamed booths as unvisited", () => {
    const map = heatByBooth([
      { boothId: "b1", visits: 4, uniqueVisitors: 3, heat: 1 },
      { boothId: null, visits: 9, uniqueVisitors: 9, heat: 1 },
    ]);
    expect(heatOf(map, "b1").visits).toBe(4);
    expect(heatOf(map, "b2")).toMatchObject({ visits: 0, color: NO_VISITS_COLOR });
    expect(map.size).toBe(1);
  });
});
