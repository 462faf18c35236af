// What an organiser does to a floor in the admin: move one booth by hand, or give
// it another size and lay the floor out again around the pins.
import { alleyRect, edgeMiddle, isFiniteRect, nearestSide, rectContains, rectsOverlap } from "./geometry.ts";
import { layoutFloor } from "./layout.ts";
import type { BoothInput, BoothSize, FloorLayout, LayoutOptions, Point, Rect } from "./types.ts";

export type MoveResult =
  | { ok: true; layout: FloorLayout }
  | { ok: false; reason: "overlapsBooth" | "blocksAlley" | "outsideFloor" | "unknownBooth" };

export type ResizeResult =
  | { ok: true; booths: BoothInput[]; layout: FloorLayout }
  | { ok: false; reason: "unknownBooth" };

/** Moves a booth so its north-west corner is at `to`, if that keeps alleys and other booths clear. */
export function moveBooth(layout: FloorLayout, boothId: string, to: Point): MoveResult {
  const index = layout.booths.findIndex((b) => b.id === boothId);
  const booth = layout.booths[index];
  if (!booth) return { ok: false, reason: "unknownBooth" };
  const rect: Rect = { x: to.x, z: to.z, width: booth.width, depth: booth.depth };
  const floor = { x: 0, z: 0, width: layout.width, depth: layout.depth };
  if (!isFiniteRect(rect) || !rectContains(floor, rect)) return { ok: false, reason: "outsideFloor" };
  if (layout.alleys.some((a) => rectsOverlap(alleyRect(a), rect)))
    return { ok: false, reason: "blocksAlley" };
  if (layout.booths.some((b) => b.id !== boothId && rectsOverlap(b, rect))) {
    return { ok: false, reason: "overlapsBooth" };
  }
  const block = layout.blocks.find((b) => rectContains(b, rect)) ?? floor;
  const facing = nearestSide(block, rect);
  const moved = { ...booth, ...rect, facing, entrance: edgeMiddle(rect, facing), pinned: true };
  const booths = layout.booths.map((b, i) => (i === index ? moved : b));
  return {
    ok: true,
    layout: { ...layout, booths, unpinned: layout.unpinned.filter((id) => id !== boothId) },
  };
}

/** Gives a booth another size and lays the floor out again, keeping every pin that still fits. */
export function resizeBooth(
  booths: readonly BoothInput[],
  boothId: string,
  size: BoothSize,
  options?: LayoutOptions,
): ResizeResult {
  if (!booths.some((b) => b.id === boothId)) return { ok: false, reason: "unknownBooth" };
  const next = booths.map((b) => (b.id === boothId ? { ...b, size } : b));
  return { ok: true, booths: next, layout: layoutFloor(next, options) };
}

/** The layout's booths as layout input, each pinned where it stands when `pin` says so. */
export function boothInputs(
  layout: FloorLayout,
  pin: (booth: FloorLayout["booths"][number]) => boolean = (b) => b.pinned,
): BoothInput[] {
  return layout.booths.map((b) => ({ id: b.id, size: b.size, pinned: pin(b) ? { x: b.x, z: b.z } : null }));
}
