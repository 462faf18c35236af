import type { Alley, Facing, Point, Rect } from "./types.ts";

/** True when two half-open rectangles share some area (touching walls do not count). */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.z < b.z + b.depth && b.z < a.z + a.depth;
}

/** True when `inner` lies entirely within `outer` (edges may touch). */
export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.z >= outer.z &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.z + inner.depth <= outer.z + outer.depth
  );
}

/** True when the point is in the half-open rectangle [x, x + width) × [z, z + depth). */
export function rectHasPoint(r: Rect, x: number, z: number): boolean {
  return x >= r.x && x < r.x + r.width && z >= r.z && z < r.z + r.depth;
}

/** True when every coordinate is a finite number and the size is not negative. */
export function isFiniteRect(r: Rect): boolean {
  return Number.isFinite(r.x + r.z + r.width + r.depth) && r.width >= 0 && r.depth >= 0;
}

/** The ground an alley covers: its centre line widened by half its width on every side. */
export function alleyRect(a: Alley): Rect {
  const half = a.width / 2;
  const x = Math.min(a.from.x, a.to.x) - half;
  const z = Math.min(a.from.z, a.to.z) - half;
  return {
    x,
    z,
    width: Math.abs(a.to.x - a.from.x) + a.width,
    depth: Math.abs(a.to.z - a.from.z) + a.width,
  };
}

/** Whether the alley's centre line runs east–west. */
export function isHorizontal(a: Alley): boolean {
  return a.from.z === a.to.z;
}

/** Euclidean distance on the floor plane. */
export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.z - b.z);
}

/** The point of segment a–b nearest to p. */
export function closestOnSegment(p: Point, a: Point, b: Point): Point {
  const dx = b.x - a.x;
  const dz = b.z - a.z;
  const len2 = dx * dx + dz * dz;
  const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, ((p.x - a.x) * dx + (p.z - a.z) * dz) / len2));
  return { x: a.x + t * dx, z: a.z + t * dz };
}

/** The middle of the rectangle's edge on the given side. */
export function edgeMiddle(r: Rect, side: Facing): Point {
  switch (side) {
    case "north":
      return { x: r.x + r.width / 2, z: r.z };
    case "south":
      return { x: r.x + r.width / 2, z: r.z + r.depth };
    case "west":
      return { x: r.x, z: r.z + r.depth / 2 };
    case "east":
      return { x: r.x + r.width, z: r.z + r.depth / 2 };
    default: {
      const never: never = side;
      throw new Error(`unknown side ${String(never)}`);
    }
  }
}

/** The side of `block` nearest to `r` (ties: north, south, west, east): where its front opens. */
export function nearestSide(block: Rect, r: Rect): Facing {
  const gaps: [Facing, number][] = [
    ["north", r.z - block.z],
    ["south", block.z + block.depth - (r.z + r.depth)],
    ["west", r.x - block.x],
    ["east", block.x + block.width - (r.x + r.width)],
  ];
  let best: [Facing, number] = ["north", Number.POSITIVE_INFINITY];
  for (const gap of gaps) if (gap[1] < best[1]) best = gap;
  return best[0];
}

/** The point moved inside the rectangle shrunk by `margin` (its middle when too small); NaN reads as 0. */
export function clampPoint(r: Rect, p: Point, margin = 0): Point {
  const clamp = (v: number, lo: number, size: number) => {
    if (size < 2 * margin) return lo + size / 2;
    const value = Number.isNaN(v) ? lo : v;
    return Math.min(lo + size - margin, Math.max(lo + margin, value));
  };
  return { x: clamp(p.x, r.x, r.width), z: clamp(p.z, r.z, r.depth) };
}
