// Which booth is under a floor point, without testing every booth: a uniform grid
// of cells (about a small booth wide) lists the booths overlapping each cell, so a
// pick reads one cell and checks its few booths exactly. Built once per layout.
import { rectsOverlap } from "./geometry.ts";
import type { FloorLayout, PlacedBooth, Rect } from "./types.ts";

export interface Picker {
  /** The booth whose half-open footprint holds the point, or null (alley, gap, outside, NaN). */
  pick(x: number, z: number): PlacedBooth | null;
  /** Booths sharing some area with the rectangle, in layout order. */
  boothsInRect(rect: Rect): PlacedBooth[];
}

export interface PickerOptions {
  /** Cell edge in metres (default 3, the small booth's frontage). */
  cellSize?: number;
}

interface Cells {
  size: number;
  cols: number;
  rows: number;
  /** Booth indices of cell c are items[start[c]] … items[start[c + 1] - 1]. */
  start: Int32Array;
  items: Int32Array;
}

function cellRange(cells: Cells, lo: number, hi: number, count: number): [number, number] {
  const first = Math.max(0, Math.floor(lo / cells.size));
  const last = Math.min(count - 1, Math.floor(hi / cells.size));
  return [first, last];
}

function forEachCell(cells: Cells, r: Rect, visit: (cell: number) => void): void {
  const [c0, c1] = cellRange(cells, r.x, r.x + r.width, cells.cols);
  const [r0, r1] = cellRange(cells, r.z, r.z + r.depth, cells.rows);
  for (let row = r0; row <= r1; row++) {
    for (let col = c0; col <= c1; col++) visit(row * cells.cols + col);
  }
}

function buildCells(layout: FloorLayout, size: number): Cells {
  const cols = Math.max(1, Math.ceil(layout.width / size));
  const rows = Math.max(1, Math.ceil(layout.depth / size));
  const cells: Cells = { size, cols, rows, start: new Int32Array(cols * rows + 1), items: new Int32Array(0) };
  const counts = new Int32Array(cols * rows);
  const usable = layout.booths.map((b) => Number.isFinite(b.x + b.z + b.width + b.depth));
  layout.booths.forEach((b, i) => {
    if (usable[i])
      forEachCell(cells, b, (c) => {
        counts[c] = (counts[c] ?? 0) + 1;
      });
  });
  for (let c = 0; c < counts.length; c++) cells.start[c + 1] = (cells.start[c] ?? 0) + (counts[c] ?? 0);
  cells.items = new Int32Array(cells.start[counts.length] ?? 0);
  const fill = cells.start.slice(0, counts.length);
  layout.booths.forEach((b, i) => {
    if (usable[i])
      forEachCell(cells, b, (c) => {
        const at = fill[c] ?? 0;
        cells.items[at] = i;
        fill[c] = at + 1;
      });
  });
  return cells;
}

/** Builds the picking index for a layout: O(1) picks, independent of the booth count. */
export function createPicker(layout: FloorLayout, options: PickerOptions = {}): Picker {
  const size = options.cellSize ?? 3;
  if (!(size > 0) || !Number.isFinite(size)) throw new RangeError("cellSize must be a positive number");
  const cells = buildCells(layout, size);
  const booths = layout.booths;
  const { width, depth } = layout;
  return {
    pick(x, z) {
      if (!(x >= 0 && x < width && z >= 0 && z < depth)) return null;
      const col = Math.min(cells.cols - 1, Math.floor(x / size));
      const row = Math.min(cells.rows - 1, Math.floor(z / size));
      const cell = row * cells.cols + col;
      const end = cells.start[cell + 1] ?? 0;
      for (let k = cells.start[cell] ?? 0; k < end; k++) {
        const b = booths[cells.items[k] ?? -1];
        if (b && x >= b.x && x < b.x + b.width && z >= b.z && z < b.z + b.depth) return b;
      }
      return null;
    },
    boothsInRect(rect) {
      const found = new Set<number>();
      if (!Number.isFinite(rect.x + rect.z + rect.width + rect.depth)) return [];
      forEachCell(cells, rect, (cell) => {
        const end = cells.start[cell + 1] ?? 0;
        for (let k = cells.start[cell] ?? 0; k < end; k++) found.add(cells.items[k] ?? -1);
      });
      return [...found]
        .sort((a, b) => a - b)
        .flatMap((i) => {
          const b = booths[i];
          return b && rectsOverlap(b, rect) ? [b] : [];
        });
    },
  };
}
