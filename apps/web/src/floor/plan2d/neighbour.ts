/**
 * Keyboard moves on the plan: from a booth, the nearest booth in an arrow's
 * direction. Candidates come from the floor's picking grid (`createPicker`) in a
 * window that doubles until the best candidate is provably the nearest, so a
 * key press reads a few cells even on a floor of thousands of booths.
 */
import { createPicker, type FloorLayout, type Picker, type Rect } from "@pavilion/floor";
import type { FloorBooth, FloorPlan } from "@pavilion/schema";

export type Direction = "up" | "down" | "left" | "right";

/** Sideways distance costs this much more than distance straight ahead. */
const SIDEWAYS = 3;

export interface BoothIndex {
  byId: ReadonlyMap<string, FloorBooth>;
  /** The booths row by row from the north-west, as a reader scans the plan. */
  reading: readonly FloorBooth[];
  /** The nearest booth from `fromId` in `direction` (up is north), or null at the edge. */
  neighbour(fromId: string, direction: Direction): FloorBooth | null;
}

type Floor = Pick<FloorPlan, "width" | "depth" | "booths" | "alleys" | "blocks">;

function gap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, b0 - a1, a0 - b1);
}

/** How far `to` is from `from` going in `direction`; null when it is not ahead at all. */
export function directionScore(from: Rect, to: Rect, direction: Direction): number | null {
  const horizontal = direction === "left" || direction === "right";
  const sign = direction === "right" || direction === "down" ? 1 : -1;
  const fromMid = horizontal ? from.x + from.width / 2 : from.z + from.depth / 2;
  const toMid = horizontal ? to.x + to.width / 2 : to.z + to.depth / 2;
  const ahead = (toMid - fromMid) * sign;
  if (ahead <= 1e-6) return null;
  const side = horizontal
    ? gap(from.z, from.z + from.depth, to.z, to.z + to.depth)
    : gap(from.x, from.x + from.width, to.x, to.x + to.width);
  const offCentre = horizontal
    ? Math.abs(to.z + to.depth / 2 - (from.z + from.depth / 2))
    : Math.abs(to.x + to.width / 2 - (from.x + from.width / 2));
  return ahead + SIDEWAYS * side + offCentre * 1e-3;
}

/** The part of the floor within `reach` of `from` on the side `direction` points to. */
function searchWindow(from: Rect, direction: Direction, reach: number): Rect {
  const x0 = direction === "right" ? from.x : from.x - reach;
  const x1 = direction === "left" ? from.x + from.width : from.x + from.width + reach;
  const z0 = direction === "down" ? from.z : from.z - reach;
  const z1 = direction === "up" ? from.z + from.depth : from.z + from.depth + reach;
  return { x: x0, z: z0, width: x1 - x0, depth: z1 - z0 };
}

function nearest(picker: Picker, from: FloorBooth, direction: Direction, floorSize: number) {
  // Anything outside the window is at least `reach` ahead or sideways, so it scores at
  // least `reach`: a best candidate scoring no more than that cannot be beaten.
  for (let reach = Math.max(from.width, from.depth, 1); ; reach *= 2) {
    let best: { id: string; score: number } | null = null;
    for (const candidate of picker.boothsInRect(searchWindow(from, direction, reach))) {
      if (candidate.id === from.id) continue;
      const score = directionScore(from, candidate, direction);
      if (score !== null && (best === null || score < best.score)) best = { id: candidate.id, score };
    }
    if ((best && best.score <= reach) || reach > floorSize) return best?.id ?? null;
  }
}

/** Indexes a floor's booths for keyboard moves. Build once per plan. */
export function createBoothIndex(floor: Floor): BoothIndex {
  const byId = new Map<string, FloorBooth>();
  for (const booth of floor.booths) if (!byId.has(booth.id)) byId.set(booth.id, booth);
  const booths = [...byId.values()];
  const width = Math.max(floor.width, ...booths.map((b) => b.x + b.width).filter(Number.isFinite), 1);
  const depth = Math.max(floor.depth, ...booths.map((b) => b.z + b.depth).filter(Number.isFinite), 1);
  const layout: FloorLayout = {
    width,
    depth,
    booths: booths.map((b) => ({ ...b, pinned: false })),
    alleys: floor.alleys,
    blocks: floor.blocks,
    unpinned: [],
  };
  const picker = createPicker(layout);
  const reading = [...booths].sort((a, b) => a.z - b.z || a.x - b.x);
  return {
    byId,
    reading,
    neighbour(fromId, direction) {
      const from = byId.get(fromId);
      if (!from || !Number.isFinite(from.x + from.z + from.width + from.depth)) return null;
      const id = nearest(picker, from, direction, 2 * Math.max(width, depth));
      return id === null ? null : (byId.get(id) ?? null);
    },
  };
}
