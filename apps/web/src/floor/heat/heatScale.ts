/**
 * The heat map's colours: a sequential scale from pale yellow (few visits) to deep red
 * (the floor's busiest booth), and a neutral grey for booths nobody visited, so "none"
 * never reads as "a few". Pure, so the 3D floor, the 2D plan and the legend agree.
 */

/** Stops of the scale (ColorBrewer YlOrRd), from heat 0 to heat 1. */
export const HEAT_STOPS = ["#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"] as const;
/** A booth without visits in the period. */
export const NO_VISITS_COLOR = "#d5d9e0";

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

/** The colour of a booth with `visits` visits and `heat` (visits / the busiest booth's, 0..1). */
export function heatColor(heat: number, visits: number): string {
  if (!(visits > 0)) return NO_VISITS_COLOR;
  const t = Math.min(1, Math.max(0, Number.isFinite(heat) ? heat : 0)) * (HEAT_STOPS.length - 1);
  const i = Math.min(HEAT_STOPS.length - 2, Math.floor(t));
  const a = channels(HEAT_STOPS[i] ?? HEAT_STOPS[0]);
  const b = channels(HEAT_STOPS[i + 1] ?? HEAT_STOPS[0]);
  const f = t - i;
  return toHex(a.map((c, k) => c + ((b[k] ?? c) - c) * f));
}

/** An sRGB triple 0..1, as the 3D floor takes colours. */
export function hexToRgb(hex: string): [number, number, number] {
  const [r, g, b] = channels(hex);
  return [r / 255, g / 255, b / 255];
}

/** The CSS gradient of the legend, lowest to highest. */
export function heatGradient(): string {
  return `linear-gradient(to right, ${HEAT_STOPS.join(", ")})`;
}

export interface BoothHeatView {
  visits: number;
  uniqueVisitors: number;
  heat: number;
  color: string;
}

/** Heat by booth id, for the booths the API placed on this floor; booths it did not name count as 0. */
export function heatByBooth(
  booths: readonly { boothId: string | null; visits: number; uniqueVisitors: number; heat: number }[],
): Map<string, BoothHeatView> {
  const out = new Map<string, BoothHeatView>();
  for (const b of booths) {
    if (!b.boothId) continue;
    out.set(b.boothId, {
      visits: b.visits,
      uniqueVisitors: b.uniqueVisitors,
      heat: b.heat,
      color: heatColor(b.heat, b.visits),
    });
  }
  return out;
}

/** A booth's heat, or none when the API did not name it. */
export function heatOf(map: ReadonlyMap<string, BoothHeatView>, boothId: string): BoothHeatView {
  return map.get(boothId) ?? { visits: 0, uniqueVisitors: 0, heat: 0, color: NO_VISITS_COLOR };
}
