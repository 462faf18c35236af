// The hall floor as one picture: polished concrete, carpeted alleys with edge
// bands, a soft shadow around every block of booths (cheap ambient occlusion),
// and a faint tile grid that gives scale at eye height.
import { alleyRect } from "../core/geometry.ts";
import type { FloorLayout, Rect } from "../core/types.ts";

const CONCRETE = "#d4d0c8";
const TILE_LINE = "rgba(90, 80, 60, 0.10)";
const CARPET = "#50648f";
const CARPET_MAIN = "#2f4270";
const BAND = "rgba(255, 255, 255, 0.45)";
const BAND_MAIN = "#e8893a";
const BLOCK = "#b9b3a8";

/** Pixels per metre for a floor picture no larger than `maxSide` pixels. */
export function floorScale(width: number, depth: number, maxSide = 2048, maxScale = 16): number {
  return Math.max(1, Math.min(maxScale, maxSide / Math.max(1, width, depth)));
}

function fillRect(ctx: CanvasRenderingContext2D, r: Rect, s: number) {
  ctx.fillRect(r.x * s, r.z * s, r.width * s, r.depth * s);
}

function tiles(ctx: CanvasRenderingContext2D, layout: FloorLayout, s: number) {
  ctx.strokeStyle = TILE_LINE;
  ctx.lineWidth = Math.max(1, s * 0.04);
  ctx.beginPath();
  for (let x = 0; x <= layout.width; x += 3) {
    ctx.moveTo(x * s, 0);
    ctx.lineTo(x * s, layout.depth * s);
  }
  for (let z = 0; z <= layout.depth; z += 3) {
    ctx.moveTo(0, z * s);
    ctx.lineTo(layout.width * s, z * s);
  }
  ctx.stroke();
}

function alleys(ctx: CanvasRenderingContext2D, layout: FloorLayout, s: number) {
  const widest = Math.max(0, ...layout.alleys.map((a) => a.width));
  for (const main of [false, true]) {
    for (const alley of layout.alleys) {
      if (alley.width >= widest !== main) continue;
      const r = alleyRect(alley);
      const inset = main ? alley.width * 0.2 : 0.3;
      ctx.fillStyle = main ? CARPET_MAIN : CARPET;
      const inner = {
        x: r.x + inset,
        z: r.z + inset,
        width: r.width - 2 * inset,
        depth: r.depth - 2 * inset,
      };
      fillRect(ctx, inner, s);
      ctx.strokeStyle = main ? BAND_MAIN : BAND;
      ctx.lineWidth = Math.max(1, s * 0.12);
      ctx.strokeRect(inner.x * s, inner.z * s, inner.width * s, inner.depth * s);
    }
  }
}

function blocks(ctx: CanvasRenderingContext2D, layout: FloorLayout, s: number) {
  ctx.save();
  ctx.shadowColor = "rgba(40, 30, 20, 0.35)";
  ctx.shadowBlur = 0.9 * s;
  ctx.fillStyle = BLOCK;
  for (const block of layout.blocks) fillRect(ctx, block, s);
  // Booths outside the listed blocks (a pavilion an organiser placed freely) still get a shadow.
  for (const booth of layout.booths) fillRect(ctx, booth, s);
  ctx.restore();
}

/** Paints the floor at `scale` pixels per metre on a canvas of the floor's size. */
export function drawFloor(ctx: CanvasRenderingContext2D, layout: FloorLayout, scale: number): void {
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = CONCRETE;
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.restore();
  tiles(ctx, layout, scale);
  alleys(ctx, layout, scale);
  blocks(ctx, layout, scale);
}
