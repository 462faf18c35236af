// The hall around the booths, drawn once: walls with a navy skirting and a band of
// high windows, and a ceiling of light panels, so eye height reads as a fair hall.

/** Metres of wall one repeat of the wall picture covers. */
export const WALL_REPEAT = 12;
/** Metres of ceiling one repeat of the ceiling picture covers. */
export const CEILING_REPEAT = 9;

/** One bay of wall, 512×256 px for WALL_REPEAT metres by the hall's height. */
export function drawWall(ctx: CanvasRenderingContext2D): void {
  const { width: w, height: h } = ctx.canvas;
  const paint = ctx.createLinearGradient(0, 0, 0, h);
  paint.addColorStop(0, "#f3f1ec");
  paint.addColorStop(1, "#e6e2da");
  ctx.fillStyle = paint;
  ctx.fillRect(0, 0, w, h);
  // High windows: daylight in a row of panes.
  ctx.fillStyle = "#dfe8f3";
  ctx.fillRect(w * 0.06, h * 0.07, w * 0.88, h * 0.2);
  ctx.fillStyle = "#c9d6e6";
  for (let i = 1; i < 6; i++) ctx.fillRect(w * (0.06 + (0.88 * i) / 6) - 2, h * 0.07, 4, h * 0.2);
  // Pilaster between bays.
  ctx.fillStyle = "#d7d2c8";
  ctx.fillRect(0, 0, w * 0.03, h);
  ctx.fillRect(w * 0.97, 0, w * 0.03, h);
  // Skirting in the brand navy with an amber line.
  ctx.fillStyle = "#1e3560";
  ctx.fillRect(0, h * 0.86, w, h * 0.14);
  ctx.fillStyle = "#e8893a";
  ctx.fillRect(0, h * 0.86, w, h * 0.015);
}

/** One bay of ceiling: pale panels with a square light in the middle and a truss line. */
export function drawCeiling(ctx: CanvasRenderingContext2D): void {
  const { width: w, height: h } = ctx.canvas;
  ctx.fillStyle = "#e9e7e2";
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = "#cfcac1";
  ctx.fillRect(0, 0, w, h * 0.03);
  ctx.fillRect(0, 0, w * 0.03, h);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(w * 0.36, h * 0.36, w * 0.28, h * 0.28);
  ctx.strokeStyle = "#f6e7cf";
  ctx.lineWidth = w * 0.02;
  ctx.strokeRect(w * 0.36, h * 0.36, w * 0.28, h * 0.28);
}
