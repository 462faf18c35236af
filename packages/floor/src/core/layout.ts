// A fair-hall layout: blocks of two back-to-back booth rows between alleys, filled
// row by row from the north-west with large booths first, then medium, then small,
// each size in input order. Pure arithmetic, so the same input gives the same floor.
import { countBlocks, fillBlock, type QueuedBooth } from "./fill.ts";
import { edgeMiddle, isFiniteRect, nearestSide, rectsOverlap } from "./geometry.ts";
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
import type { BoothInput, FloorLayout, LayoutOptions, PlacedBooth, Rect } from "./types.ts";
import { BOOTH_FOOTPRINTS, BOOTH_SIZES } from "./types.ts";

interface Pins {
  byId: Map<string, PlacedBooth>;
  byBlock: Map<number, Rect[]>;
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

function pinRect(input: BoothInput): Rect | null {
  if (!input.pinned) return null;
  const { width, depth } = BOOTH_FOOTPRINTS[input.size];
  return { x: input.pinned.x, z: input.pinned.z, width, depth };
}

/** Keeps each pin, in input order, that lies inside a block of the grid and clear of earlier pins. */
function acceptPins(grid: HallGrid, inputs: readonly BoothInput[]): Pins {
  const pins: Pins = { byId: new Map(), byBlock: new Map(), rejected: [] };
  for (const input of inputs) {
    const rect = pinRect(input);
    if (!rect) continue;
    const cell = isFiniteRect(rect) ? blockCellOf(grid, rect) : null;
    const index = cell && cell.col < grid.cols && cell.row < grid.rows ? cell.row * grid.cols + cell.col : -1;
    const others = index >= 0 ? (pins.byBlock.get(index) ?? []) : [];
    if (!cell || index < 0 || others.some((o) => rectsOverlap(o, rect))) {
      pins.rejected.push(input.id);
      continue;
    }
    const facing = nearestSide(blockAt(grid, cell.col, cell.row), rect);
    const booth = { id: input.id, size: input.size, ...rect, facing, entrance: edgeMiddle(rect, facing) };
    pins.byId.set(input.id, { ...booth, pinned: true });
    pins.byBlock.set(index, [...others, rect]);
  }
  return pins;
}

/** Columns and rows the hall keeps so pins stay inside it (pins far beyond twice its size are let go). */
function pinLimits(spec: HallSpec, inputs: readonly BoothInput[], needed: number) {
  const base = chooseGrid(spec, needed);
  const cap = { cols: 2 * base.cols + 2, rows: 2 * base.rows + 2 };
  const limits = { cols: 1, rows: 1 };
  for (const input of inputs) {
    const rect = pinRect(input);
    const cell = rect && isFiniteRect(rect) ? blockCellOf(spec, rect) : null;
    if (!cell || cell.col >= cap.cols || cell.row >= cap.rows) continue;
    limits.cols = Math.max(limits.cols, cell.col + 1);
    limits.rows = Math.max(limits.rows, cell.row + 1);
  }
  return limits;
}

function attempt(grid: HallGrid, inputs: readonly BoothInput[], queue: readonly QueuedBooth[]) {
  const pins = acceptPins(grid, inputs);
  const flow = queue.filter((item) => !pins.byId.has(item.id));
  const placed = new Map(pins.byId);
  const blocks = gridBlocks(grid);
  let next = 0;
  for (let k = 0; k < blocks.length && next < flow.length; k++) {
    const block = blocks[k];
    if (!block) continue;
    const fill = fillBlock(grid, block, flow, next, pins.byBlock.get(k) ?? []);
    for (const booth of fill.placed) placed.set(booth.id, booth);
    next = fill.next;
  }
  return { pins, flow, next, placed, blocks };
}

/** Places the booths of one floor in blocks along alleys; the same input always gives the same floor. */
export function layoutFloor(booths: readonly BoothInput[], options?: LayoutOptions): FloorLayout {
  const spec = resolveSpec(options);
  const inputs = uniqueById(booths);
  const queue = queueOf(inputs);
  let needed = countBlocks(spec, queue);
  const limits = pinLimits(spec, inputs, needed);
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
        unpinned: run.pins.rejected,
      };
    }
    // Pins took room the flowing booths needed: grow by what is left over (always ≥ 1 block).
    needed = grid.cols * grid.rows + countBlocks(spec, run.flow, run.next);
  }
}
