// The hall is a grid of equal blocks: north–south main alleys between block columns,
// east–west cross alleys between block rows, and a perimeter alley around it all.
// Block positions depend only on the options and their column/row, never on how
// many there are, so a pinned booth stays inside its block when the hall grows.

import type { Alley, LayoutOptions, Rect } from "./types.ts";
import { BOOTH_FOOTPRINTS } from "./types.ts";

export interface HallSpec {
  blockLength: number;
  blockDepth: number;
  /** Depth of each of the two back-to-back rows of a block. */
  rowDepth: number;
  main: number;
  cross: number;
  perimeter: number;
}

export interface HallGrid extends HallSpec {
  cols: number;
  rows: number;
  width: number;
  depth: number;
}

/** The hall's measures with defaults filled in; throws RangeError on sizes no booth fits. */
export function resolveSpec(options: LayoutOptions = {}): HallSpec {
  const { small, medium, large } = BOOTH_FOOTPRINTS;
  const rowDepth = Math.max(small.depth, medium.depth);
  const spec: HallSpec = {
    blockLength: options.blockLength ?? 36,
    blockDepth: Math.max(2 * rowDepth, large.depth),
    rowDepth,
    main: options.mainAlleyWidth ?? 6,
    cross: options.crossAlleyWidth ?? 4,
    perimeter: options.perimeterWidth ?? 6,
  };
  const widest = Math.max(small.width, medium.width, large.width);
  if (!(spec.blockLength >= widest) || !Number.isFinite(spec.blockLength)) {
    throw new RangeError(`blockLength must be a finite number of at least ${widest} m`);
  }
  for (const width of [spec.main, spec.cross, spec.perimeter]) {
    if (!(width > 0) || !Number.isFinite(width)) throw new RangeError("alley widths must be positive");
  }
  return spec;
}

/** The hall for a number of block columns and rows. */
export function hallGrid(spec: HallSpec, cols: number, rows: number): HallGrid {
  const width = 2 * spec.perimeter + cols * spec.blockLength + (cols - 1) * spec.main;
  const depth = 2 * spec.perimeter + rows * spec.blockDepth + (rows - 1) * spec.cross;
  return { ...spec, cols, rows, width, depth };
}

/** The most compact hall with at least `blocks` blocks, aspect at most 2:1 when possible. */
export function chooseGrid(spec: HallSpec, blocks: number, minCols = 1, minRows = 1): HallGrid {
  let best: HallGrid | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  const need = Math.max(1, blocks);
  for (let cols = Math.max(1, minCols); cols <= Math.max(need, minCols); cols++) {
    const fewest = Math.max(minRows, Math.ceil(need / cols));
    for (let rows = fewest; rows <= fewest + 2; rows++) {
      const grid = hallGrid(spec, cols, rows);
      const aspect = Math.max(grid.width / grid.depth, grid.depth / grid.width);
      // Area, nudged towards a square; a hall longer than 2:1 only if nothing else fits.
      const cost = grid.width * grid.depth * (1 + 0.25 * Math.log(aspect)) * (aspect > 2 ? 100 : 1);
      if (cost < bestCost) {
        best = grid;
        bestCost = cost;
      }
    }
  }
  return best ?? hallGrid(spec, 1, 1);
}

/** The block at a column and row; it may lie beyond a particular hall's grid. */
export function blockAt(spec: HallSpec, col: number, row: number): Rect {
  return {
    x: spec.perimeter + col * (spec.blockLength + spec.main),
    z: spec.perimeter + row * (spec.blockDepth + spec.cross),
    width: spec.blockLength,
    depth: spec.blockDepth,
  };
}

/** Column and row of the block that wholly contains `r`, or null when it touches an alley. */
export function blockCellOf(spec: HallSpec, r: Rect): { col: number; row: number } | null {
  const col = Math.floor((r.x - spec.perimeter) / (spec.blockLength + spec.main));
  const row = Math.floor((r.z - spec.perimeter) / (spec.blockDepth + spec.cross));
  if (!(col >= 0 && row >= 0)) return null;
  const block = blockAt(spec, col, row);
  const inside =
    r.x >= block.x &&
    r.z >= block.z &&
    r.x + r.width <= block.x + block.width &&
    r.z + r.depth <= block.z + block.depth;
  return inside ? { col, row } : null;
}

/** All blocks of the hall, row by row from the north-west. */
export function gridBlocks(grid: HallGrid): Rect[] {
  const blocks: Rect[] = [];
  for (let row = 0; row < grid.rows; row++) {
    for (let col = 0; col < grid.cols; col++) blocks.push(blockAt(grid, col, row));
  }
  return blocks;
}

/** The alleys of the hall: north–south ones first, west to east, then east–west ones. */
export function gridAlleys(grid: HallGrid): Alley[] {
  const { perimeter: p, width, depth } = grid;
  const alleys: Alley[] = [];
  const xs = [p / 2];
  for (let col = 1; col < grid.cols; col++) xs.push(blockAt(grid, col, 0).x - grid.main / 2);
  xs.push(width - p / 2);
  xs.forEach((x, i) => {
    const edge = i === 0 || i === xs.length - 1;
    alleys.push({
      id: `ns-${i}`,
      from: { x, z: p / 2 },
      to: { x, z: depth - p / 2 },
      width: edge ? p : grid.main,
    });
  });
  const zs = [p / 2];
  for (let row = 1; row < grid.rows; row++) zs.push(blockAt(grid, 0, row).z - grid.cross / 2);
  zs.push(depth - p / 2);
  zs.forEach((z, i) => {
    const edge = i === 0 || i === zs.length - 1;
    alleys.push({
      id: `ew-${i}`,
      from: { x: p / 2, z },
      to: { x: width - p / 2, z },
      width: edge ? p : grid.cross,
    });
  });
  return alleys;
}
