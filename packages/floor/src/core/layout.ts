// A fair-hall layout: blocks of two back-to-back booth rows between alleys, filled
// row by row from the north-west with large booths first, then medium, then small,
// each size in input order. Booths pinned by an organiser, then booths already
// standing, keep their places; only the others flow into the free room. Pure
// arithmetic, so the same input gives the same floor.
import { countBlocks, facingIn, fillBlock, type QueuedBooth } from "./fill.ts";
import { edgeMiddle, isFiniteRect, rectsOverlap } from "./geometry.ts";
import {
  blockAt,
  blockCellOf,
  chooseGrid,
  gridAlleys,
  gridBlocks,
  type HallGrid,
  type HallSpec,
  resolveSpec,
} from "./grid.ts";
import type { BoothInput, FloorLayout, LayoutOptions, PlacedBooth, Point, Rect } from "./types.ts";
import { BOOTH_FOOTPRINTS, BOOTH_SIZES } from "./types.ts";

interface Fixed {
  byId: Map<string, PlacedBooth>;
  byBlock: Map<number, Rect[]>;
  /** Ids whose pins could not be kept. */
  rejected: string[];
}

function uniqueById(booths: readonly BoothInput[]): BoothInput[] {
  const seen = new Set<string>();
  const unique: BoothInput[] = [];
  for (const booth of booths) {
    if (seen.has(booth.id)) continue;
    seen.add(booth.id);
    unique.push(booth);
  }
  return unique;
}

function queueOf(inputs: readonly BoothInput[]): QueuedBooth[] {
  const rank = (b: BoothInput) => BOOTH_SIZES.indexOf(b.size);
  return [...inputs]
    .sort((a, b) => rank(a) - rank(b))
    .map((b) => ({ id: b.id, size: b.size, footprint: BOOTH_FOOTPRINTS[b.size] }));
}

/** The booth's footprint with its north-west corner at `corner`. */
function rectAt(input: BoothInput, corner: Point | null | undefined): Rect | null {
  if (!corner) return null;
  const { width, depth } = BOOTH_FOOTPRINTS[input.size];
  return { x: corner.x, z: corner.z, width, depth };
}

/** Puts the booth at `rect` when that lies inside a block of the grid, clear of the booths fixed so far. */
function fix(grid: HallGrid, fixed: Fixed, input: BoothInput, rect: Rect, pinned: boolean): boolean {
  const cell = isFiniteRect(rect) ? blockCellOf(grid, rect) : null;
  if (!cell || cell.col >= grid.cols || cell.row >= grid.rows) return false;
  const index = cell.row * grid.cols + cell.col;
  const others = fixed.byBlock.get(index) ?? [];
  if (others.some((o) => rectsOverlap(o, rect))) return false;
  const facing = facingIn(grid, blockAt(grid, cell.col, cell.row), rect);
  const booth = { id: input.id, size: input.size, ...rect, facing, entrance: edgeMiddle(rect, facing) };
  fixed.byId.set(input.id, { ...booth, pinned });
  others.push(rect);
  fixed.byBlock.set(index, others);
  return true;
}

/**
 * Keeps the organisers' pins first, then the booths already standing, each in input
 * order while it lies in a block clear of those kept before; the rest will flow.
 */
function acceptFixed(grid: HallGrid, inputs: readonly BoothInput[]): Fixed {
  const fixed: Fixed = { byId: new Map(), byBlock: new Map(), rejected: [] };
  for (const input of inputs) {
    const rect = rectAt(input, input.pinned);
    if (rect && !fix(grid, fixed, input, rect, true)) fixed.rejected.push(input.id);
  }
  for (const input of inputs) {
    const rect = fixed.byId.has(input.id) ? null : rectAt(input, input.standing);
    if (rect) fix(grid, fixed, input, rect, false);
  }
  return fixed;
}

/** Columns and rows the hall keeps so fixed booths stay inside it (those far beyond twice its size are let go). */
function fixedLimits(spec: HallSpec, inputs: readonly BoothInput[], needed: number) {
  const base = chooseGrid(spec, needed);
  const cap = { cols: 2 * base.cols + 2, rows: 2 * base.rows + 2 };
  const limits = { cols: 1, rows: 1 };
  for (const input of inputs) {
    for (const rect of [rectAt(input, input.pinned), rectAt(input, input.standing)]) {
      const cell = rect && isFiniteRect(rect) ? blockCellOf(spec, rect) : null;
      if (!cell || cell.col >= cap.cols || cell.row >= cap.rows) continue;
      limits.cols = Math.max(limits.cols, cell.col + 1);
      limits.rows = Math.max(limits.rows, cell.row + 1);
    }
  }
  return limits;
}

function attempt(grid: HallGrid, inputs: readonly BoothInput[], queue: readonly QueuedBooth[]) {
  const fixed = acceptFixed(grid, inputs);
  const flow = queue.filter((item) => !fixed.byId.has(item.id));
  const placed = new Map(fixed.byId);
  const blocks = gridBlocks(grid);
  let next = 0;
  for (let k = 0; k < blocks.length && next < flow.length; k++) {
    const block = blocks[k];
    if (!block) continue;
    const fill = fillBlock(grid, block, flow, next, fixed.byBlock.get(k) ?? []);
    for (const booth of fill.placed) placed.set(booth.id, booth);
    next = fill.next;
  }
  return { fixed, flow, next, placed, blocks };
}

/** Places the booths of one floor in blocks along alleys; the same input always gives the same floor. */
export function layoutFloor(booths: readonly BoothInput[], options?: LayoutOptions): FloorLayout {
  const spec = resolveSpec(options);
  const inputs = uniqueById(booths);
  const queue = queueOf(inputs);
  let needed = countBlocks(spec, queue);
  const limits = fixedLimits(spec, inputs, needed);
  for (;;) {
    const grid = chooseGrid(spec, needed, limits.cols, limits.rows);
    const run = attempt(grid, inputs, queue);
    if (run.next >= run.flow.length) {
      return {
        width: grid.width,
        depth: grid.depth,
        booths: inputs.flatMap((input) => run.placed.get(input.id) ?? []),
        alleys: gridAlleys(grid),
        blocks: run.blocks,
        unpinned: run.fixed.rejected,
      };
    }
    // Fixed booths took room the flowing ones needed: grow by what is left over (always ≥ 1 block).
    needed = grid.cols * grid.rows + countBlocks(spec, run.flow, run.next);
  }
}
