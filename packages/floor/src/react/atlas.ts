// Texture atlases as grids of cells, row 0 at the top of the image. Textures are
// uploaded with flipY, so v = 1 is the image's top edge.

export interface AtlasGrid {
  columns: number;
  rows: number;
  /** Cell size in pixels (square cells give the same value twice). */
  cellWidth: number;
  cellHeight: number;
}

/** [u, v, width, height] of one cell in texture space. */
export type UvRect = readonly [number, number, number, number];

/**
 * The texture-space rectangle of cell `index`, shrunk by `insetPx` on every side so
 * filtering never bleeds in a neighbour; null when the index is outside the grid.
 */
export function cellUv(index: number, grid: AtlasGrid, insetPx = 0.5): UvRect | null {
  const { columns, rows } = grid;
  if (!Number.isInteger(index) || index < 0 || columns <= 0 || rows <= 0 || index >= columns * rows) {
    return null;
  }
  const col = index % columns;
  const row = Math.floor(index / columns);
  const du = insetPx / (columns * grid.cellWidth);
  const dv = insetPx / (rows * grid.cellHeight);
  return [col / columns + du, 1 - (row + 1) / rows + dv, 1 / columns - 2 * du, 1 / rows - 2 * dv];
}

/** The top-left pixel of cell `index` when drawing the atlas on a canvas. */
export function cellOrigin(index: number, grid: AtlasGrid): { left: number; top: number } {
  return {
    left: (index % grid.columns) * grid.cellWidth,
    top: Math.floor(index / grid.columns) * grid.cellHeight,
  };
}

/**
 * A grid for `count` square cells of at most `maxCellPx`, inside a `maxSidePx`
 * square texture (cells shrink rather than the texture growing).
 */
export function squareGrid(count: number, maxCellPx: number, maxSidePx = 2048): AtlasGrid {
  const columns = Math.max(1, Math.ceil(Math.sqrt(count)));
  const rows = Math.max(1, Math.ceil(count / columns));
  const cell = Math.max(8, Math.min(maxCellPx, Math.floor(maxSidePx / columns)));
  return { columns, rows, cellWidth: cell, cellHeight: cell };
}
