// Keyboard walking: a visitor is a circle that slides along booth walls instead of
// walking into them. The move is resolved one axis at a time (x, then z); on each
// axis the visitor stops where its circle first touches a booth ahead of it, so a
// fast step cannot tunnel through a booth, and one never sinks deeper into a booth
// it already overlaps (it can always walk out).
import { clampPoint } from "./geometry.ts";
import type { Picker } from "./picking.ts";
import type { FloorLayout, PlacedBooth, Point } from "./types.ts";

type Axis = "x" | "z";

/** A visitor is at least this wide (metres), so a point visitor still meets walls. */
export const MIN_RADIUS = 0.01;

function span(b: PlacedBooth, axis: Axis): [number, number] {
  return axis === "x" ? [b.x, b.x + b.width] : [b.z, b.z + b.depth];
}

/** Where a move along one axis from `from` towards `to` stops; `across` is the other coordinate. */
function slide(
  near: readonly PlacedBooth[],
  axis: Axis,
  from: number,
  to: number,
  across: number,
  r: number,
) {
  const other: Axis = axis === "x" ? "z" : "x";
  let stop = to;
  for (const b of near) {
    const [lo, hi] = span(b, other);
    const gap = Math.max(lo - across, 0, across - hi);
    if (gap >= r) continue;
    const half = Math.sqrt(r * r - gap * gap);
    const [start, end] = span(b, axis);
    const middle = (start + end) / 2;
    if (to > from && middle > from) stop = Math.min(stop, Math.max(from, start - half));
    if (to < from && middle < from) stop = Math.max(stop, Math.min(from, end + half));
  }
  return stop;
}

function nearby(picker: Picker, a: Point, b: Point, r: number): PlacedBooth[] {
  const pad = r + 1e-6;
  const x = Math.min(a.x, b.x) - pad;
  const z = Math.min(a.z, b.z) - pad;
  return picker.boothsInRect({
    x,
    z,
    width: Math.abs(a.x - b.x) + 2 * pad,
    depth: Math.abs(a.z - b.z) + 2 * pad,
  });
}

/** Where a visitor of `radius` moving from `from` to `to` ends up: sliding along booth walls, kept on the floor. */
export function collide(layout: FloorLayout, picker: Picker, from: Point, to: Point, radius: number): Point {
  const floor = { x: 0, z: 0, width: layout.width, depth: layout.depth };
  const r = Math.max(MIN_RADIUS, radius);
  const start = clampPoint(floor, from, r);
  const target = Number.isFinite(to.x) && Number.isFinite(to.z) ? clampPoint(floor, to, r) : start;
  const near = nearby(picker, start, target, r);
  const x = slide(near, "x", start.x, target.x, start.z, r);
  const z = slide(near, "z", start.z, target.z, x, r);
  return { x, z };
}
