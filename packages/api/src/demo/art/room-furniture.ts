/**
 * Furniture for the architecture institute's panoramas: tables, drafting boards, shelves and
 * sheets (drawings, posters) laid out on a wall or on a panel facing the camera.
 */
import { drawBox, drawCylinder, type Point, type Sketch } from "./panorama-sketch.ts";

/** A flat sheet's own coordinates: u across from 0 to 1, v up from 0 to 1, to a point in the room. */
export type SheetPlace = (u: number, v: number) => Point;

/** A sheet on the wall at x or z = `at`, from `from` to `to` along it, `bottom`..`top` high, a hair off the wall. */
export function onWall(
  wall: "x" | "z",
  at: number,
  from: number,
  to: number,
  bottom: number,
  top: number,
): SheetPlace {
  const off = at > 0 ? at - 0.02 : at + 0.02;
  return (u, v) => {
    const along = from + (to - from) * u;
    const y = bottom + (top - bottom) * v;
    return wall === "x" ? [off, y, along] : [along, y, off];
  };
}

/** A sheet standing at (x, z), turned to face the camera, `width` wide. */
export function facingCamera(x: number, z: number, width: number, bottom: number, top: number): SheetPlace {
  const d = Math.hypot(x, z);
  // Across the sheet, left to right as seen from the camera.
  const [ax, az] = [-z / d, x / d];
  return (u, v) => [x + ax * width * (u - 0.5), bottom + (top - bottom) * v, z + az * width * (u - 0.5)];
}

export type SheetKind = "plan" | "elevation" | "poster" | "section";

function quad(s: Sketch, at: SheetPlace, u0: number, v0: number, u1: number, v1: number, fill: string) {
  s.polygon([at(u0, v0), at(u1, v0), at(u1, v1), at(u0, v1)], fill);
}

function outline(
  s: Sketch,
  at: SheetPlace,
  u0: number,
  v0: number,
  u1: number,
  v1: number,
  ink: string,
  w: number,
) {
  s.line([at(u0, v0), at(u1, v0), at(u1, v1), at(u0, v1), at(u0, v0)], ink, w);
}

/** A drawing or a poster: paper, then what is drawn on it (thin ink lines, blocks of colour). */
export function drawSheet(s: Sketch, at: SheetPlace, kind: SheetKind, accent = "#c4553a"): void {
  const ink = "#3b4046";
  quad(s, at, 0, 0, 1, 1, kind === "poster" ? "#fbfaf7" : "#f6f3ea");
  const pen = 0.012;
  switch (kind) {
    case "elevation": {
      s.line([at(0.08, 0.18), at(0.92, 0.18)], ink, pen);
      outline(s, at, 0.18, 0.18, 0.82, 0.72, ink, pen);
      s.line([at(0.5, 0.72), at(0.5, 0.82), at(0.82, 0.72)], ink, pen * 0.7);
      for (let row = 0; row < 4; row++)
        for (let col = 0; col < 5; col++) {
          const u = 0.23 + col * 0.115;
          const v = 0.24 + row * 0.12;
          quad(s, at, u, v, u + 0.07, v + 0.07, "#8aa0b4");
        }
      break;
    }
    case "plan": {
      outline(s, at, 0.1, 0.12, 0.9, 0.88, ink, pen * 1.4);
      s.line([at(0.1, 0.5), at(0.62, 0.5)], ink, pen);
      s.line([at(0.45, 0.12), at(0.45, 0.5)], ink, pen);
      s.line([at(0.62, 0.12), at(0.62, 0.88)], ink, pen);
      s.line([at(0.62, 0.68), at(0.9, 0.68)], ink, pen);
      for (let i = 0; i < 6; i++) s.line([at(0.7 + i * 0.03, 0.15), at(0.7 + i * 0.03, 0.4)], ink, pen * 0.5);
      quad(s, at, 0.14, 0.56, 0.58, 0.84, "#e9d9b8");
      break;
    }
    case "section": {
      s.line([at(0.05, 0.2), at(0.95, 0.2)], ink, pen * 1.4);
      for (let floor = 0; floor < 5; floor++)
        s.line([at(0.2, 0.2 + floor * 0.13), at(0.8, 0.2 + floor * 0.13)], ink, pen);
      s.line([at(0.2, 0.2), at(0.2, 0.72)], ink, pen);
      s.line([at(0.8, 0.2), at(0.8, 0.85)], ink, pen);
      s.line([at(0.2, 0.72), at(0.8, 0.85)], ink, pen);
      quad(s, at, 0.35, 0.2, 0.5, 0.72, "#cfe0ea");
      break;
    }
    case "poster": {
      quad(s, at, 0.07, 0.42, 0.93, 0.93, "#bcd6e6");
      quad(s, at, 0.07, 0.42, 0.93, 0.52, "#9fb48f");
      quad(s, at, 0.22, 0.5, 0.5, 0.82, "#ffffff");
      quad(s, at, 0.5, 0.5, 0.78, 0.68, "#e9ecef");
      quad(s, at, 0.07, 0.3, 0.6, 0.36, accent);
      for (const v of [0.2, 0.14, 0.08]) quad(s, at, 0.07, v, 0.85, v + 0.025, "#9aa0a6");
      break;
    }
    default: {
      const unknown: never = kind;
      throw new Error(`unknown sheet ${String(unknown)}`);
    }
  }
}

/** A table on four legs, its top from min to max at `height`. */
export function drawTable(
  s: Sketch,
  min: [number, number],
  max: [number, number],
  height: number,
  top: string,
) {
  const [x0, z0] = min;
  const [x1, z1] = max;
  const leg = 0.05;
  for (const [x, z] of [
    [x0 + 0.05, z0 + 0.05],
    [x1 - 0.05, z0 + 0.05],
    [x0 + 0.05, z1 - 0.05],
    [x1 - 0.05, z1 - 0.05],
  ] as const)
    drawBox(s, [x - leg / 2, 0, z - leg / 2], [x + leg / 2, height - 0.04, z + leg / 2], "#5b6066");
  drawBox(s, [x0, height - 0.04, z0], [x1, height, z1], "#d8d2c6", top);
}

/** A drafting table: a board tilted towards the camera side `towardsZ` (-1 or 1), a sheet on it, a stool. */
export function drawDraftingTable(s: Sketch, x: number, z: number, towardsZ: 1 | -1) {
  const [w, d] = [1.2, 0.8];
  for (const dx of [-w / 2 + 0.06, w / 2 - 0.06])
    drawBox(s, [x + dx - 0.03, 0, z - 0.03], [x + dx + 0.03, 0.78, z + 0.03], "#6c737a");
  const near = z + (towardsZ * d) / 2;
  const far = z - (towardsZ * d) / 2;
  const board = (y0: number, y1: number, inset: number, fill: string) =>
    s.polygon(
      [
        [x - w / 2 + inset, y0, near - towardsZ * inset],
        [x + w / 2 - inset, y0, near - towardsZ * inset],
        [x + w / 2 - inset, y1, far + towardsZ * inset],
        [x - w / 2 + inset, y1, far + towardsZ * inset],
      ],
      fill,
    );
  board(0.8, 1.12, 0, "#e7e1d3");
  board(0.82, 1.1, 0.08, "#ffffff");
  s.line(
    [
      [x - w / 2, 0.81, near],
      [x + w / 2, 0.81, near],
    ],
    "#3c4650",
    0.02,
  );
  drawCylinder(s, x + 0.15, z + towardsZ * 0.8, 0.2, 0, 0.62, "#37414a");
}

const SHEET_COLOURS = ["#f4f1e8", "#ffffff", "#c99c66", "#d9d4c7", "#6fa3d8", "#e7dcc2", "#8c959c"];

/** Open shelving against the wall at z = `wallZ` (its back), from x0 to x1, stacked with card and plywood. */
export function drawShelves(s: Sketch, x0: number, x1: number, wallZ: number, depth: number): void {
  const front = wallZ > 0 ? wallZ - depth : wallZ + depth;
  const [zA, zB] = [Math.min(wallZ, front), Math.max(wallZ, front)];
  const shelves = [0.05, 0.6, 1.15, 1.7, 2.25];
  shelves.forEach((y, row) => {
    drawBox(s, [x0, y, zA], [x1, y + 0.04, zB], "#b89a74", "#c9ab83");
    if (row === shelves.length - 1) return;
    for (let x = x0 + 0.05, i = row; x < x1 - 0.3; x += 0.42, i++) {
      const h = 0.08 + ((i * 7) % 5) * 0.06;
      drawBox(
        s,
        [x, y + 0.04, zA + 0.05],
        [x + 0.36, y + 0.04 + h, zB - 0.05],
        SHEET_COLOURS[i % SHEET_COLOURS.length] ?? "#fff",
      );
    }
  });
  for (const x of [x0, x1]) drawBox(s, [x - 0.03, 0, zA], [x + 0.03, 2.3, zB], "#a88a64");
}

/** Far things first, so nearer ones paint over them. */
export function farToNear<T>(items: readonly T[], where: (item: T) => readonly [number, number]): T[] {
  const distance = (item: T) => Math.hypot(...where(item));
  return [...items].sort((a, b) => distance(b) - distance(a));
}
