// Which booths' featured models are drawn (level of detail) and which parsed models
// may be let go: plain functions of where the visitor is, tested without a browser.
import type { Point } from "../core/types.ts";
import type { ViewMode } from "./view.ts";

export interface ModelSpot {
  /** The booth's id (what the selection returns). */
  id: string;
  /** Where the model stands on the floor. */
  x: number;
  z: number;
}

export interface ModelLodOptions {
  /** A model comes in when the visitor is within this many metres of it. */
  radius: number;
  /** At most this many models at once (the nearest). */
  max: number;
  /** A model already drawn stays until the visitor is `radius + hysteresis` away (no flicker at the edge). */
  hysteresis: number;
}

export const MODEL_LOD: ModelLodOptions = { radius: 18, max: 5, hysteresis: 4 };

/**
 * The booths whose model should be drawn now, nearest first: none in overview, else those
 * within the radius (or, when already drawn, within the radius plus the hysteresis), the
 * nearest `max` of them. Ties at equal distance keep the ones already drawn.
 */
export function modelsToShow(
  spots: readonly ModelSpot[],
  view: { x: number; z: number; mode: ViewMode },
  options: ModelLodOptions = MODEL_LOD,
  shown: ReadonlySet<string> = new Set(),
): string[] {
  if (view.mode !== "walk" || options.max <= 0) return [];
  const near: { id: string; distance: number; kept: boolean }[] = [];
  for (const spot of spots) {
    const distance = Math.hypot(spot.x - view.x, spot.z - view.z);
    const kept = shown.has(spot.id);
    if (distance <= options.radius || (kept && distance <= options.radius + options.hysteresis)) {
      near.push({ id: spot.id, distance, kept });
    }
  }
  near.sort((a, b) => a.distance - b.distance || Number(b.kept) - Number(a.kept));
  return near.slice(0, options.max).map((n) => n.id);
}

/** Models in the cache, least recently used first, with how far the nearest booth showing each is. */
export interface CachedModel {
  key: string;
  distance: number;
}

/**
 * Which parsed models to dispose: every one not drawn now that is farther than `farRadius`,
 * then the least recently used of the rest not drawn until at most `capacity` remain.
 */
export function modelsToEvict(
  cached: readonly CachedModel[],
  inUse: ReadonlySet<string>,
  options: { capacity: number; farRadius: number },
): string[] {
  const evict = new Set<string>();
  for (const c of cached) if (!inUse.has(c.key) && c.distance > options.farRadius) evict.add(c.key);
  let left = cached.length - evict.size;
  for (const c of cached) {
    if (left <= options.capacity) break;
    if (evict.has(c.key) || inUse.has(c.key)) continue;
    evict.add(c.key);
    left -= 1;
  }
  return cached.filter((c) => evict.has(c.key)).map((c) => c.key);
}

/** The distance from `at` to the nearest of `points` (Infinity for none). */
export function nearestDistance(at: Point, points: readonly Point[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const p of points) best = Math.min(best, Math.hypot(p.x - at.x, p.z - at.z));
  return best;
}
