/**
 * Drawing a room in equirectangular space: boxes, cylinders, lines and polygons in metres,
 * projected point by point (yaw → x, pitch → y) into an SVG. Straight edges are subdivided
 * before projecting, so they bend the way a 360° photo bends them and look straight again
 * inside a viewer's sphere. Used by the demo panoramas.
 */

/** Metres: x to the right of the start view, y up from the floor, z ahead (yaw 0). */
export type Point = readonly [number, number, number];

export const EYE = 1.6;
const FONT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";

/** An SVG being drawn at width × width/2. */
export class Sketch {
  readonly parts: string[] = [];
  readonly width: number;
  constructor(width: number) {
    this.width = width;
  }
  get height(): number {
    return this.width / 2;
  }
  /** Pixels on the panorama of a point in the room (seen from the eye above the origin). */
  project([x, y, z]: Point): [number, number] {
    const yaw = Math.atan2(x, z);
    const pitch = Math.atan2(y - EYE, Math.hypot(x, z));
    return [(yaw / (2 * Math.PI) + 0.5) * this.width, (0.5 - pitch / Math.PI) * this.height];
  }
  /** Projected points, each kept within half a turn of the one before (no jump across the seam). */
  unwrapped(points: readonly Point[]): [number, number][] {
    const out: [number, number][] = [];
    for (const point of points) {
      const [u, v] = this.project(point);
      const previous = out.at(-1);
      let shifted = u;
      if (previous) {
        while (shifted - previous[0] > this.width / 2) shifted -= this.width;
        while (previous[0] - shifted > this.width / 2) shifted += this.width;
      }
      out.push([shifted, v]);
    }
    return out;
  }
  /** Draws the path, and its copy a turn away when it crosses the seam. */
  emit(projected: readonly [number, number][], attributes: string, closed: boolean): void {
    const d = `M${projected.map(([u, v]) => `${u.toFixed(1)} ${v.toFixed(1)}`).join("L")}${closed ? "Z" : ""}`;
    const us = projected.map(([u]) => u);
    const shifts = [0];
    if (Math.min(...us) < 0) shifts.push(this.width);
    if (Math.max(...us) > this.width) shifts.push(-this.width);
    for (const shift of shifts) {
      const move = shift ? ` transform="translate(${shift} 0)"` : "";
      this.parts.push(`<path d="${d}" ${attributes}${move}/>`);
    }
  }
  /** A flat polygon in the room, its edges subdivided. */
  polygon(corners: readonly Point[], fill: string, extra = ""): void {
    this.emit(this.unwrapped(subdivide(corners, true)), `fill="${fill}" ${extra}`, true);
  }
  /** A straight or bent line in the room; its width in metres at a distance of one metre. */
  line(points: readonly Point[], stroke: string, metres: number): void {
    const [x, , z] = points[0] ?? [0, 0, 1];
    const px = Math.max(1, (metres * this.width) / (2 * Math.PI) / Math.max(0.5, Math.hypot(x, z)));
    this.emit(
      this.unwrapped(subdivide(points, false)),
      `fill="none" stroke="${stroke}" stroke-width="${px.toFixed(1)}" stroke-linecap="round"`,
      false,
    );
  }
  raw(svg: string): void {
    this.parts.push(svg);
  }
  svg(defs: string): string {
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${this.width}" height="${this.height}">` +
      `<defs>${defs}</defs>${this.parts.join("")}</svg>`
    );
  }
}

/** Each straight edge cut into short pieces (about 25 cm), so the projection can bend it. */
function subdivide(points: readonly Point[], closed: boolean): Point[] {
  const out: Point[] = [];
  const count = closed ? points.length : points.length - 1;
  for (let i = 0; i < count; i += 1) {
    const a = points[i] as Point;
    const b = points[(i + 1) % points.length] as Point;
    const steps = Math.min(
      200,
      Math.max(2, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]) * 4)),
    );
    for (let s = 0; s < steps; s += 1) {
      const f = s / steps;
      out.push([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]);
    }
  }
  if (!closed && points.length > 0) out.push(points.at(-1) as Point);
  return out;
}

export interface Room {
  x: readonly [number, number];
  z: readonly [number, number];
  height: number;
  wall: readonly [string, string, string, string];
  floor: string;
  ceiling: string;
  /** The painted band at waist height (a plant's teal by default); null for none. */
  band?: string | null;
}

/** Ceiling and floor fill the top and bottom; the four walls stand between them. */
export function drawRoom(s: Sketch, room: Room): void {
  const [x0, x1] = room.x;
  const [z0, z1] = room.z;
  const h = room.height;
  s.raw(`<rect width="${s.width}" height="${s.height / 2}" fill="${room.ceiling}"/>`);
  s.raw(`<rect y="${s.height / 2}" width="${s.width}" height="${s.height / 2}" fill="${room.floor}"/>`);
  const walls: [Point, Point][] = [
    [
      [x0, 0, z1],
      [x1, 0, z1],
    ],
    [
      [x1, 0, z1],
      [x1, 0, z0],
    ],
    [
      [x1, 0, z0],
      [x0, 0, z0],
    ],
    [
      [x0, 0, z0],
      [x0, 0, z1],
    ],
  ];
  walls.forEach(([a, b], index) => {
    s.polygon([a, b, [b[0], h, b[2]], [a[0], h, a[2]]], room.wall[index] ?? "#ccc");
    // A dark skirting board and a painted band at waist height, as plants have.
    s.polygon([a, b, [b[0], 0.15, b[2]], [a[0], 0.15, a[2]]], "#4a5358");
    if (room.band === null) return;
    s.polygon(
      [
        [a[0], 1.1, a[2]],
        [b[0], 1.1, b[2]],
        [b[0], 1.3, b[2]],
        [a[0], 1.3, a[2]],
      ],
      room.band ?? "#2f7d8c",
      'fill-opacity="0.55"',
    );
  });
  for (const [a] of walls) s.line([a, [a[0], h, a[2]]], "#9aa4aa", 0.08);
  for (const [a, b] of walls)
    s.line(
      [
        [a[0], h, a[2]],
        [b[0], h, b[2]],
      ],
      "#8d969c",
      0.12,
    );
}

/** Floor lines every `step` metres: the grid that closes in towards the floor below the camera. */
export function drawFloorGrid(s: Sketch, room: Room, step: number, color: string): void {
  for (let x = Math.ceil(room.x[0] / step) * step; x <= room.x[1]; x += step) {
    s.line(
      [
        [x, 0, room.z[0]],
        [x, 0, room.z[1]],
      ],
      color,
      0.03,
    );
  }
  for (let z = Math.ceil(room.z[0] / step) * step; z <= room.z[1]; z += step) {
    s.line(
      [
        [room.x[0], 0, z],
        [room.x[1], 0, z],
      ],
      color,
      0.03,
    );
  }
}

/** A window on the wall at x or z = `at`, from `from` to `to` along it, `bottom`..`top` high. */
export function drawWindow(
  s: Sketch,
  wall: "x" | "z",
  at: number,
  from: number,
  to: number,
  bottom: number,
  top: number,
) {
  const p = (along: number, y: number): Point => (wall === "x" ? [at, y, along] : [along, y, at]);
  s.polygon([p(from, bottom), p(to, bottom), p(to, top), p(from, top)], "url(#sky)");
  s.line([p(from, bottom), p(to, bottom), p(to, top), p(from, top), p(from, bottom)], "#e9edf0", 0.08);
  s.line([p((from + to) / 2, bottom), p((from + to) / 2, top)], "#e9edf0", 0.06);
}

/** A ceiling light panel centred at (x, z); none right overhead, where the projection has no room. */
export function drawLight(s: Sketch, y: number, x: number, z: number, long: number, wide: number): void {
  if (Math.hypot(x, z) < long + 1.5) return;
  s.polygon(
    [
      [x - wide, y, z - long],
      [x + wide, y, z - long],
      [x + wide, y, z + long],
      [x - wide, y, z + long],
    ],
    "#fffdf2",
  );
}

/** An upright box; only the faces towards the camera are drawn, shaded by where they face. */
export function drawBox(s: Sketch, min: Point, max: Point, color: string, top = color): void {
  const [x0, y0, z0] = min;
  const [x1, y1, z1] = max;
  const faces: { corners: Point[]; visible: boolean; fill: string; shade: number }[] = [
    {
      corners: [
        [x0, y1, z0],
        [x1, y1, z0],
        [x1, y1, z1],
        [x0, y1, z1],
      ],
      visible: y1 < EYE,
      fill: top,
      shade: 0,
    },
    {
      corners: [
        [x0, y0, z0],
        [x1, y0, z0],
        [x1, y1, z0],
        [x0, y1, z0],
      ],
      visible: z0 > 0,
      fill: color,
      shade: 0.1,
    },
    {
      corners: [
        [x0, y0, z1],
        [x1, y0, z1],
        [x1, y1, z1],
        [x0, y1, z1],
      ],
      visible: z1 < 0,
      fill: color,
      shade: 0.2,
    },
    {
      corners: [
        [x0, y0, z0],
        [x0, y0, z1],
        [x0, y1, z1],
        [x0, y1, z0],
      ],
      visible: x0 > 0,
      fill: color,
      shade: 0.3,
    },
    {
      corners: [
        [x1, y0, z0],
        [x1, y0, z1],
        [x1, y1, z1],
        [x1, y1, z0],
      ],
      visible: x1 < 0,
      fill: color,
      shade: 0.25,
    },
  ];
  for (const face of faces) {
    if (!face.visible) continue;
    s.polygon(face.corners, face.fill);
    if (face.shade) s.polygon(face.corners, "#000", `fill-opacity="${face.shade}"`);
  }
}

/** An upright cylinder (a tank, a bottle): the side towards the camera, with a metal sheen. */
export function drawCylinder(
  s: Sketch,
  cx: number,
  cz: number,
  r: number,
  y0: number,
  y1: number,
  fill: string,
): void {
  const d = Math.hypot(cx, cz);
  const towards = Math.atan2(-cx, -cz);
  const spread = Math.acos(Math.min(1, r / d));
  const arc = (y: number): Point[] =>
    Array.from({ length: 25 }, (_, i) => {
      const a = towards - spread + (2 * spread * i) / 24;
      return [cx + r * Math.sin(a), y, cz + r * Math.cos(a)] as Point;
    });
  s.polygon([...arc(y0), ...arc(y1).reverse()], fill);
  if (y1 < EYE) {
    const top = Array.from({ length: 32 }, (_, i) => {
      const a = (i / 32) * 2 * Math.PI;
      return [cx + r * Math.sin(a), y1, cz + r * Math.cos(a)] as Point;
    });
    s.polygon(top, "#e4e8ea");
  }
}

export const DEFS =
  `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#a9cfe8"/>` +
  `<stop offset="1" stop-color="#e3f1f8"/></linearGradient>` +
  `<linearGradient id="steel" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#7b868d"/>` +
  `<stop offset="0.35" stop-color="#eef2f4"/><stop offset="0.55" stop-color="#b9c3c9"/>` +
  `<stop offset="1" stop-color="#6c777e"/></linearGradient>` +
  `<linearGradient id="milk" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#d8dde0"/>` +
  `<stop offset="0.4" stop-color="#ffffff"/><stop offset="1" stop-color="#c9cfd3"/></linearGradient>`;

/** A sign on a wall, its letters sized by how far away it hangs. */
export function drawSign(s: Sketch, at: Point, text: string, metres: number): void {
  const [u, v] = s.project(at);
  const size = (metres * s.width) / (2 * Math.PI) / Math.hypot(at[0], at[2]);
  const w = size * text.length * 0.78;
  s.raw(
    `<rect x="${(u - w / 2).toFixed(1)}" y="${(v - size * 0.95).toFixed(1)}" width="${w.toFixed(1)}" height="${(size * 1.35).toFixed(1)}" rx="${(size * 0.15).toFixed(1)}" fill="#1f4f7a"/>` +
      `<text x="${u.toFixed(1)}" y="${v.toFixed(1)}" font-family="${FONT}" font-weight="bold" font-size="${size.toFixed(1)}" fill="#ffffff" text-anchor="middle">${text}</text>`,
  );
}

/** The front half of a ring round an upright cylinder (a weld seam, a band). */
export function ringFacing(cx: number, cz: number, r: number, y: number): Point[] {
  const towards = Math.atan2(-cx, -cz);
  const spread = Math.acos(Math.min(1, r / Math.hypot(cx, cz)));
  return Array.from({ length: 17 }, (_, i) => {
    const a = towards - spread + (2 * spread * i) / 16;
    return [cx + r * Math.sin(a), y, cz + r * Math.cos(a)] as Point;
  });
}
