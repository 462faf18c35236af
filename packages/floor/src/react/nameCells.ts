// Which booths get a name board drawn now. A floor with more booths than the name
// atlas holds shows the names nearest to where the visitor looks; booths that stay
// near keep their cells, so a move redraws only the names that came into range.
import type { Point } from "../core/types.ts";

/** Indices of the `count` points nearest to `at`, nearest first. */
export function nearest(points: readonly Point[], at: Point, count: number): number[] {
  const order = points.map((p, i) => ({ i, d: (p.x - at.x) ** 2 + (p.z - at.z) ** 2 }));
  order.sort((a, b) => a.d - b.d || a.i - b.i);
  return order.slice(0, Math.max(0, count)).map((o) => o.i);
}

export interface CellAssignment {
  /** Booth index → atlas cell. */
  cells: Map<number, number>;
  /** Booths that got a cell now and need drawing. */
  fresh: number[];
}

/** Gives each wanted booth a cell, keeping the cells of booths that already had one. */
export function assignCells(
  previous: ReadonlyMap<number, number>,
  wanted: readonly number[],
  capacity: number,
): CellAssignment {
  const keep = new Set(wanted.slice(0, capacity));
  const cells = new Map<number, number>();
  const used = new Set<number>();
  for (const [booth, cell] of previous) {
    if (keep.has(booth) && cell < capacity) {
      cells.set(booth, cell);
      used.add(cell);
    }
  }
  const free: number[] = [];
  for (let c = capacity - 1; c >= 0; c--) if (!used.has(c)) free.push(c);
  const fresh: number[] = [];
  for (const booth of keep) {
    if (cells.has(booth)) continue;
    const cell = free.pop();
    if (cell === undefined) break;
    cells.set(booth, cell);
    fresh.push(booth);
  }
  return { cells, fresh };
}
