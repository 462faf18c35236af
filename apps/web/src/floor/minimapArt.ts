/** Drawing the minimap: the floor once (alleys, booths), then the route and "you are here" per change. */
import type { FloorLayout, Point } from "@pavilion/floor";
import type { FloorPlan } from "@pavilion/schema";

export interface MinimapFrame {
  /** CSS pixels per floor metre. */
  scale: number;
  width: number;
  height: number;
}

export function minimapFrame(floor: { width: number; depth: number }, maxWidth: number, maxHeight: number) {
  const scale = Math.min(maxWidth / Math.max(1, floor.width), maxHeight / Math.max(1, floor.depth));
  return { scale, width: Math.round(floor.width * scale), height: Math.round(floor.depth * scale) };
}

/** The floor under everything: hall, alleys, booths in their colours, bookmarked ones ringed. */
export function drawMinimapFloor(
  ctx: CanvasRenderingContext2D,
  plan: FloorPlan,
  layout: FloorLayout,
  s: number,
  bookmarked: ReadonlySet<string>,
): void {
  ctx.fillStyle = "#1e3560";
  ctx.fillRect(0, 0, layout.width * s, layout.depth * s);
  ctx.fillStyle = "#2b4677";
  for (const a of layout.alleys) {
    const half = a.width / 2;
    const x = Math.min(a.from.x, a.to.x) - half;
    const z = Math.min(a.from.z, a.to.z) - half;
    ctx.fillRect(
      x * s,
      z * s,
      (Math.abs(a.to.x - a.from.x) + a.width) * s,
      (Math.abs(a.to.z - a.from.z) + a.width) * s,
    );
  }
  for (const b of plan.booths) {
    ctx.fillStyle = b.color;
    ctx.fillRect(b.x * s + 0.5, b.z * s + 0.5, Math.max(1, b.width * s - 1), Math.max(1, b.depth * s - 1));
    if (bookmarked.has(b.exhibitorId)) {
      ctx.strokeStyle = "#4fb3a9";
      ctx.lineWidth = 2;
      ctx.strokeRect(b.x * s + 1, b.z * s + 1, b.width * s - 2, b.depth * s - 2);
    }
  }
}

/** The route as an amber line. */
export function drawMinimapRoute(ctx: CanvasRenderingContext2D, line: readonly Point[] | null, s: number) {
  if (!line || line.length < 2) return;
  ctx.strokeStyle = "#f4a259";
  ctx.lineWidth = 2.5;
  ctx.lineJoin = "round";
  ctx.beginPath();
  for (const [i, p] of line.entries()) {
    if (i === 0) ctx.moveTo(p.x * s, p.z * s);
    else ctx.lineTo(p.x * s, p.z * s);
  }
  ctx.stroke();
}

/** "You are here": a dot with a soft cone the way the visitor looks. */
export function drawMinimapVisitor(ctx: CanvasRenderingContext2D, at: Point, yaw: number, s: number) {
  const x = at.x * s;
  const y = at.z * s;
  const look = yaw - Math.PI / 2; // canvas angles start east; yaw 0 looks north
  ctx.fillStyle = "rgba(255, 201, 143, 0.35)";
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.arc(x, y, 22, look - 0.5, look + 0.5);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = "#ffffff";
  ctx.beginPath();
  ctx.arc(x, y, 5.5, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = "#d92d20";
  ctx.beginPath();
  ctx.arc(x, y, 3.8, 0, Math.PI * 2);
  ctx.fill();
}
