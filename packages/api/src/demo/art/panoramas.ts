/**
 * Demo panoramas: a dairy plant (the tank hall, the bottling line, the quality lab) and an
 * architecture institute (architecture-rooms.ts), drawn as rooms in metres with
 * panorama-sketch.ts and rasterised by sharp into equirectangular JPEGs.
 */
import sharp from "sharp";
import { ARCHITECTURE_ROOMS } from "./architecture-rooms.ts";
import {
  DEFS,
  drawBox,
  drawCylinder,
  drawFloorGrid,
  drawLight,
  drawRoom,
  drawSign,
  drawWindow,
  type Room,
  ringFacing,
  Sketch,
} from "./panorama-sketch.ts";

/**
 * Which room: of the dairy plant (the tank hall, the bottling line, the quality lab) or of the
 * architecture institute (the model workshop, the drawing studio, the gallery of student projects).
 */
export type DemoPanoramaScene = "hall" | "line" | "lab" | "workshop" | "studio" | "gallery";

function drawHall(s: Sketch): void {
  const room: Room = {
    ...{ x: [-14, 14], z: [-11, 12], height: 9 },
    ...{ wall: ["#d7dde2", "#c9d0d6", "#d2d8dd", "#c4ccd2"], floor: "#7f9089", ceiling: "#aab3b9" },
  } as const;
  drawRoom(s, room);
  for (let z = -9; z <= 11; z += 4)
    s.line(
      [
        [-14, 8.7, z],
        [14, 8.7, z],
      ],
      "#7f898f",
      0.3,
    );
  drawFloorGrid(s, room, 2, "#6e7f78");
  for (const x of [-2.2, 2.2])
    s.line(
      [
        [x, 0.01, -11],
        [x, 0.01, 12],
      ],
      "#e2b93b",
      0.12,
    );
  for (let z = -9; z <= 10; z += 4) {
    drawWindow(s, "x", -14, z - 1.3, z + 1.3, 4, 7);
    drawWindow(s, "x", 14, z + 1.3, z - 1.3, 4, 7);
  }
  for (const x of [-8, 0, 8]) for (let z = -9; z <= 10; z += 4) drawLight(s, 9, x, z, 1.2, 0.2);
  drawSign(s, [0, 7.4, 12], "ХРАНЕНИЕ МОЛОКА · MILK STORAGE", 0.7);
  drawBox(s, [-3, 0, 11.2], [-0.8, 2, 11.9], "#3d6f96");
  drawBox(s, [0.8, 0, 11.2], [3, 2, 11.9], "#3d6f96");
  const tanks = [-7, 7].flatMap((x) => [-6, 0, 6].map((z) => [x, z] as const));
  tanks.sort(([ax, az], [bx, bz]) => Math.hypot(bx, bz) - Math.hypot(ax, az));
  for (const [x, z] of tanks) {
    drawCylinder(s, x, z, 1.7, 0, 7.2, "url(#steel)");
    for (const y of [1.5, 4, 6.5]) s.line(ringFacing(x, z, 1.71, y), "#8d979d", 0.04);
  }
  for (const x of [-4.6, 4.6])
    s.line(
      [
        [x, 5.2, -10],
        [x, 5.2, 11],
      ],
      "#b9c2c7",
      0.18,
    );
  for (const x of [-4.9, 4.9])
    s.line(
      [
        [x, 5.6, -10],
        [x, 5.6, 11],
      ],
      "#2f7d8c",
      0.12,
    );
}

function drawLine(s: Sketch): void {
  const room: Room = {
    ...{ x: [-12, 12], z: [-8, 8], height: 6 },
    ...{ wall: ["#dfe3e6", "#d3d8dc", "#dadfe2", "#ccd2d6"], floor: "#9aa3a6", ceiling: "#b8bfc4" },
  } as const;
  drawRoom(s, room);
  for (let x = -10; x <= 10; x += 3)
    s.line(
      [
        [x, 5.8, -8],
        [x, 5.8, 8],
      ],
      "#8a9399",
      0.25,
    );
  drawFloorGrid(s, room, 1.5, "#8b9598");
  s.polygon(
    [
      [-12, 0.01, -3.6],
      [12, 0.01, -3.6],
      [12, 0.01, -2],
      [-12, 0.01, -2],
    ],
    "#5f8f6e",
    'fill-opacity="0.6"',
  );
  for (let x = -10; x <= 10; x += 4) drawWindow(s, "z", 8, x - 1.2, x + 1.2, 2.6, 4.6);
  for (let x = -9; x <= 9; x += 4.5) for (const z of [-4, 4]) drawLight(s, 6, x, z, 1.2, 0.2);
  drawSign(s, [-12, 4.6, 0], "РОЗЛИВ · BOTTLING LINE 2", 0.5);
  // Pallets of packed crates at the back, the filler and the case packer in front.
  for (const x of [-8, -5.5, 5.5, 8]) drawBox(s, [x - 1, 0, -7], [x + 1, 1.4, -5.8], "#b58a57", "#c99c66");
  drawBox(s, [-4.5, 0, 2.9], [-1.2, 2.5, 4.6], "url(#steel)", "#dfe4e7");
  drawBox(s, [4, 0, 2.9], [7.5, 2.1, 4.4], "#3b74a8", "#4f89bd");
  drawBox(s, [-11, 0.75, 2.3], [11, 0.95, 2.9], "#50595e", "#2e3337");
  for (let x = -10.5; x <= 10.5; x += 1.5) drawBox(s, [x - 0.05, 0, 2.55], [x + 0.05, 0.75, 2.65], "#6f7a80");
  for (let x = -10.8; x <= 10.8; x += 0.35) {
    if (x > -4.6 && x < -1.1) continue;
    if (x > 3.9 && x < 7.6) continue;
    drawCylinder(s, x, 2.6, 0.05, 0.95, 1.22, "url(#milk)");
    drawCylinder(s, x, 2.6, 0.025, 1.22, 1.27, "#2d6cb5");
  }
  for (const x of [-11, 11])
    s.line(
      [
        [x, 1.0, 2.2],
        [x, 1.0, -2.2],
      ],
      "#e2b93b",
      0.06,
    );
  drawBox(s, [-11.8, 0, -3], [-11.2, 1.9, -1.5], "#e7e9ea");
}

function drawLab(s: Sketch): void {
  const room: Room = {
    ...{ x: [-4, 4], z: [-3.5, 3.5], height: 3.2 },
    ...{ wall: ["#f1f3f4", "#e6e9eb", "#eef0f1", "#e1e5e7"], floor: "#c9cdd0", ceiling: "#f6f7f7" },
  } as const;
  drawRoom(s, room);
  drawFloorGrid(s, room, 0.6, "#b4b9bd");
  drawWindow(s, "x", -4, 2.6, 0.6, 1.1, 2.5);
  drawWindow(s, "x", -4, -0.4, -2.4, 1.1, 2.5);
  for (const x of [-2, 2]) for (const z of [-1.8, 0, 1.8]) drawLight(s, 3.2, x, z, 0.3, 0.3);
  drawSign(s, [0, 2.55, 3.5], "ЛАБОРАТОРИЯ КАЧЕСТВА · QC LAB", 0.16);
  // Benches along the front and right walls, cabinets above, a fume hood.
  drawBox(s, [-3.6, 0, 2.75], [3.6, 0.9, 3.5], "#dfe4e8", "#3c4a55");
  drawBox(s, [3.25, 0, -3.3], [4, 0.9, 2.7], "#dfe4e8", "#3c4a55");
  drawBox(s, [-3.6, 1.6, 3.15], [3.6, 2.3, 3.5], "#cfd6dc");
  drawBox(s, [-3.9, 0, -3.45], [-2.2, 2.3, -2.6], "#d9dde0", "#c3c9cd");
  drawBox(s, [-3.7, 1, -2.62], [-2.4, 1.9, -2.58], "#9fc4d8");
  drawBox(s, [-2.6, 0.9, 2.95], [-2.1, 1.35, 3.35], "#2f3a42");
  drawBox(s, [-1.2, 0.9, 2.9], [-0.3, 1.2, 3.4], "#f4f6f7", "#d9e2e8");
  drawCylinder(s, 1.2, 3.1, 0.25, 0.9, 1.2, "url(#steel)");
  for (let x = 2; x <= 3; x += 0.08) drawCylinder(s, x, 3.0, 0.02, 0.9, 1.05, "url(#milk)");
  for (let z = -2.5; z <= 1.5; z += 1) drawBox(s, [3.4, 0.9, z], [3.8, 1.25, z + 0.5], "#f4f6f7", "#dbe3e9");
  drawBox(s, [-1.5, 0, -1.9], [1.5, 0.9, -1.2], "#dfe4e8", "#3c4a55");
}

/** An equirectangular JPEG (width × width/2) of one demo room, for the demo tours. */
export async function drawDemoPanorama(scene: DemoPanoramaScene, width = 4096): Promise<Uint8Array> {
  const sketch = new Sketch(width);
  switch (scene) {
    case "hall":
      drawHall(sketch);
      break;
    case "line":
      drawLine(sketch);
      break;
    case "lab":
      drawLab(sketch);
      break;
    case "workshop":
    case "studio":
    case "gallery":
      ARCHITECTURE_ROOMS[scene](sketch);
      break;
    default: {
      const unknown: never = scene;
      throw new Error(`unknown scene ${String(unknown)}`);
    }
  }
  const jpeg = await sharp(Buffer.from(sketch.svg(DEFS)))
    .jpeg({ quality: 88, mozjpeg: true })
    .toBuffer();
  return new Uint8Array(jpeg);
}
