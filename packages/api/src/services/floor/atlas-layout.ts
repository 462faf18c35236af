/**
 * Where each logo of a floor sits in the floor's logo atlas. The plan (which tells
 * the renderer each booth's cell) and the atlas image (which draws the cells) both
 * come from this one function, so they cannot disagree.
 */
import { createHash } from "node:crypto";

/** The widest atlas we draw; WebGL guarantees textures of 4096 px on every device we target. */
export const ATLAS_MAX_PX = 4096;

export interface AtlasLayout {
  cellPx: number;
  columns: number;
  rows: number;
  /** The logo file id drawn in each cell, in cell order (row by row). */
  cells: string[];
  /** For each input logo, its cell, or null for a booth without a logo. */
  cellOf: (number | null)[];
  /** Names the atlas's content: changes whenever a cell or the cell size changes. */
  version: string;
}

/** Cell size for a number of logos: 128 px up to 1024 logos, then 64, then 32, so the atlas stays ≤ 4096 px. */
export function atlasCellPx(logos: number): number {
  for (const cellPx of [128, 64]) {
    const perSide = ATLAS_MAX_PX / cellPx;
    if (logos <= perSide * perSide) return cellPx;
  }
  return 32;
}

/** Lays out the distinct logos of a floor (booth order) in a near-square grid; null when there are none. */
export function atlasLayout(logoFileIds: readonly (string | null)[]): AtlasLayout | null {
  const cells: string[] = [];
  const cellById = new Map<string, number>();
  const cellOf = logoFileIds.map((id) => {
    if (id === null) return null;
    let cell = cellById.get(id);
    if (cell === undefined) {
      cell = cells.push(id) - 1;
      cellById.set(id, cell);
    }
    return cell;
  });
  if (cells.length === 0) return null;
  const cellPx = atlasCellPx(cells.length);
  const columns = Math.min(ATLAS_MAX_PX / cellPx, Math.ceil(Math.sqrt(cells.length)));
  const rows = Math.ceil(cells.length / columns);
  const version = createHash("sha256")
    .update(`${cellPx}:${columns}:${cells.join(",")}`)
    .digest("hex");
  return { cellPx, columns, rows, cells, cellOf, version: version.slice(0, 20) };
}

/** The URL the plan gives for a floor's atlas. */
export function atlasUrl(floorId: string, version: string): string {
  return `/floors/${encodeURIComponent(floorId)}/atlas/${version}.png`;
}
