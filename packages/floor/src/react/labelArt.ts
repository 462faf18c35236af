// Client-drawn atlas cells: initials for booths without a logo, and company names
// for the fascia boards, in the page's font.
import { type AtlasGrid, cellOrigin } from "./atlas.ts";

export const NAME_INK = "#16213a";

/** A colour disc with white initials on white, the stand-in for a missing logo. */
export function drawInitials(
  ctx: CanvasRenderingContext2D,
  index: number,
  grid: AtlasGrid,
  initials: string,
  color: string,
  fontFamily: string,
): void {
  const { left, top } = cellOrigin(index, grid);
  const size = grid.cellWidth;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(left, top, size, size);
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(left + size / 2, top + size / 2, size * 0.44, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = "#ffffff";
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  const px = Math.round(size * (initials.length > 2 ? 0.3 : 0.38));
  ctx.font = `700 ${px}px ${fontFamily}`;
  ctx.fillText(initials, left + size / 2, top + size / 2 + px * 0.05, size * 0.8);
}

/** Splits a name into two lines at the space nearest its middle. */
export function splitName(name: string): [string, string] {
  const middle = name.length / 2;
  let best = -1;
  for (let i = 0; i < name.length; i++) {
    if (name[i] === " " && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) best = i;
  }
  return best < 0 ? [name, ""] : [name.slice(0, best), name.slice(best + 1)];
}

/** A name on a white board: one line when it fits at a readable size, else two, else squeezed. */
export function drawName(
  ctx: CanvasRenderingContext2D,
  index: number,
  grid: AtlasGrid,
  name: string,
  fontFamily: string,
): void {
  const { left, top } = cellOrigin(index, grid);
  const { cellWidth: w, cellHeight: h } = grid;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(left, top, w, h);
  ctx.fillStyle = NAME_INK;
  ctx.textAlign = "left";
  ctx.textBaseline = "middle";
  const room = w * 0.96;
  const x = left + w * 0.02;
  const big = Math.round(h * 0.56);
  ctx.font = `600 ${big}px ${fontFamily}`;
  if (ctx.measureText(name).width <= room * 1.15) {
    ctx.fillText(name, x, top + h / 2, room);
    return;
  }
  const small = Math.round(h * 0.4);
  ctx.font = `600 ${small}px ${fontFamily}`;
  const [first, second] = splitName(name);
  ctx.fillText(first, x, top + h * 0.29, room);
  ctx.fillText(second, x, top + h * 0.73, room);
}
