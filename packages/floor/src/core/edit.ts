// What an organiser does to a floor in the admin: move one booth by hand, or give
// it another size. Edits are local: the edited booth is the only one that changes.
import { facingIn } from "./fill.ts";
import { alleyRect, edgeMiddle, isFiniteRect, rectContains, rectsOverlap } from "./geometry.ts";
import { resolveSpec } from "./grid.ts";
import type { BoothInput, BoothSize, FloorLayout, PlacedBooth, Point, Rect } from "./types.ts";
import { BOOTH_FOOTPRINTS } from "./types.ts";

/** Why a booth cannot stand where an organiser wants it. */
export type PlacementProblem = "overlapsBooth" | "blocksAlley" | "outsideFloor";

export type MoveResult =
  | { ok: true; layout: FloorLayout }
  | { ok: false; reason: PlacementProblem | "unknownBooth" };

export type ResizeResult = MoveResult;

const { rowDepth } = resolveSpec();

/** A floor as far as placing a booth goes: its size, alleys and the booths standing on it. */
export type PlacementFloor = Pick<FloorLayout, "width" | "depth" | "alleys"> & {
  booths: readonly (Rect & { id: string })[];
};

/** What keeps a booth from standing at `rect` on the floor, ignoring `boothId` itself; null if nothing. */
export function placementProblem(
  layout: PlacementFloor,
  boothId: string,
  rect: Rect,
): PlacementProblem | null {
  const floor = { x: 0, z: 0, width: layout.width, depth: layout.depth };
  if (!isFiniteRect(rect) || !rectContains(floor, rect)) return "outsideFloor";
  if (layout.alleys.some((a) => rectsOverlap(alleyRect(a), rect))) return "blocksAlley";
  if (layout.booths.some((b) => b.id !== boothId && rectsOverlap(b, rect))) return "overlapsBooth";
  return null;
}

/** The layout with one booth standing at `rect` (and nothing else changed), or why it cannot. */
function standAt(layout: FloorLayout, booth: PlacedBooth, size: BoothSize, rect: Rect, pinned: boolean) {
  const problem = placementProblem(layout, booth.id, rect);
  if (problem) return { ok: false as const, reason: problem };
  // Clear of alleys and inside the floor means inside one block.
  const floor = { x: 0, z: 0, width: layout.width, depth: layout.depth };
  const block = layout.blocks.find((b) => rectContains(b, rect)) ?? floor;
  const facing = facingIn({ rowDepth }, block, rect);
  const placed: PlacedBooth = { ...booth, size, ...rect, facing, entrance: edgeMiddle(rect, facing), pinned };
  const booths = layout.booths.map((b) => (b.id === booth.id ? placed : b));
  const unpinned = pinned ? layout.unpinned.filter((id) => id !== booth.id) : layout.unpinned;
  return { ok: true as const, layout: { ...layout, booths, unpinned } };
}

/** Moves a booth so its north-west corner is at `to` and pins it there, if that keeps alleys and other booths clear. */
export function moveBooth(layout: FloorLayout, boothId: string, to: Point): MoveResult {
  const booth = layout.booths.find((b) => b.id === boothId);
  if (!booth) return { ok: false, reason: "unknownBooth" };
  const rect: Rect = { x: to.x, z: to.z, width: booth.width, depth: booth.depth };
  return standAt(layout, booth, booth.size, rect, true);
}

/**
 * Gives a booth another size, its north-west corner staying where it is, or at `to`
 * (then pinned there); refused like a move when the new footprint does not fit.
 */
export function resizeBooth(layout: FloorLayout, boothId: string, size: BoothSize, to?: Point): ResizeResult {
  const booth = layout.booths.find((b) => b.id === boothId);
  if (!booth) return { ok: false, reason: "unknownBooth" };
  const corner = to ?? booth;
  const rect: Rect = { x: corner.x, z: corner.z, ...BOOTH_FOOTPRINTS[size] };
  return standAt(layout, booth, size, rect, to !== undefined || booth.pinned);
}

/** The layout's booths as layout input: pinned ones pinned, the others standing where they are. */
export function boothInputs(layout: FloorLayout): BoothInput[] {
  return layout.booths.map((b) => ({
    id: b.id,
    size: b.size,
    pinned: b.pinned ? { x: b.x, z: b.z } : null,
    standing: b.pinned ? null : { x: b.x, z: b.z },
  }));
}
