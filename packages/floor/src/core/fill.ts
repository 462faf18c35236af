// Fills one block with booths from a queue, in queue order. A block holds two
// back-to-back rows: the north row opens onto the alley north of the block, the
// south row onto the alley south of it. A booth as deep as the block (a pavilion)
// takes both rows and opens onto the alley at the block's end when it stands there.
import { edgeMiddle, nearestSide, rectsOverlap } from "./geometry.ts";
import type { HallSpec } from "./grid.ts";
import type { BoothSize, Facing, Footprint, PlacedBooth, Rect } from "./types.ts";

export interface QueuedBooth {
  id: string;
  size: BoothSize;
  footprint: Footprint;
}

export interface BlockFill {
  placed: PlacedBooth[];
  /** Index of the first queued booth that did not fit. */
  next: number;
}

/** The first x ≥ `from` where a `width`-wide strip at z fits the block beside its pins, or null. */
function freeX(block: Rect, pins: readonly Rect[], from: number, z: number, fp: Footprint): number | null {
  let x = from;
  for (;;) {
    if (x + fp.width > block.x + block.width) return null;
    const candidate = { x, z, width: fp.width, depth: fp.depth };
    const hit = pins.find((pin) => rectsOverlap(pin, candidate));
    if (!hit) return x;
    x = hit.x + hit.width;
  }
}

function place(item: QueuedBooth, x: number, z: number, facing: Facing): PlacedBooth {
  const rect = { x, z, width: item.footprint.width, depth: item.footprint.depth };
  return { id: item.id, size: item.size, ...rect, facing, entrance: edgeMiddle(rect, facing), pinned: false };
}

function pavilionFacing(block: Rect, x: number, width: number): Facing {
  if (x === block.x) return "west";
  if (x + width === block.x + block.width) return "east";
  return "north";
}

/**
 * Where a booth standing at `r` in `block` opens: the way the fill turns a booth in
 * that spot (row booths to their row's alley, pavilions to the block's end), else
 * onto the nearest side. So a booth kept where it stands keeps its facing.
 */
export function facingIn(spec: Pick<HallSpec, "rowDepth">, block: Rect, r: Rect): Facing {
  if (r.z === block.z && r.depth > spec.rowDepth) return pavilionFacing(block, r.x, r.width);
  if (r.z === block.z) return "north";
  if (r.z + r.depth === block.z + block.depth && r.depth <= spec.rowDepth) return "south";
  return nearestSide(block, r);
}

/** Places queued booths from `start` into the block until the next one does not fit. */
export function fillBlock(
  spec: HallSpec,
  block: Rect,
  queue: readonly QueuedBooth[],
  start: number,
  pins: readonly Rect[],
): BlockFill {
  const placed: PlacedBooth[] = [];
  const cursor = { north: block.x, south: block.x };
  const southEdge = block.z + block.depth;
  let i = start;
  for (; i < queue.length; i++) {
    const item = queue[i];
    if (!item) break;
    const fp = item.footprint;
    if (fp.depth > spec.rowDepth) {
      const x = freeX(block, pins, Math.max(cursor.north, cursor.south), block.z, fp);
      if (x === null) break;
      placed.push(place(item, x, block.z, pavilionFacing(block, x, fp.width)));
      cursor.north = x + fp.width;
      cursor.south = x + fp.width;
      continue;
    }
    const rows: Facing[] = cursor.south < cursor.north ? ["south", "north"] : ["north", "south"];
    let done = false;
    for (const row of rows) {
      const z = row === "north" ? block.z : southEdge - fp.depth;
      const x = freeX(block, pins, row === "north" ? cursor.north : cursor.south, z, fp);
      if (x === null) continue;
      placed.push(place(item, x, z, row));
      if (row === "north") cursor.north = x + fp.width;
      else cursor.south = x + fp.width;
      done = true;
      break;
    }
    if (!done) break;
  }
  return { placed, next: i };
}

/** How many empty blocks the queue needs; throws RangeError when a booth fits no block. */
export function countBlocks(spec: HallSpec, queue: readonly QueuedBooth[], start = 0): number {
  const block = { x: 0, z: 0, width: spec.blockLength, depth: spec.blockDepth };
  let count = 0;
  for (let i = start; i < queue.length; count++) {
    const { next } = fillBlock(spec, block, queue, i, []);
    if (next === i) throw new RangeError(`booth ${queue[i]?.id} fits no block`);
    i = next;
  }
  return count;
}
