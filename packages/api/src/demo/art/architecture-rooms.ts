/**
 * Demo panoramas of an architecture institute: the model-making workshop, the drawing studio
 * and the gallery of student projects, drawn in metres with panorama-sketch.ts.
 */
import {
  drawBox,
  drawCylinder,
  drawFloorGrid,
  drawLight,
  drawRoom,
  drawSign,
  drawWindow,
  type Room,
  type Sketch,
} from "./panorama-sketch.ts";
import {
  drawDraftingTable,
  drawSheet,
  drawShelves,
  drawTable,
  facingCamera,
  farToNear,
  onWall,
  type SheetKind,
} from "./room-furniture.ts";

const CARD = "#f7f6f2";

/** A white card maquette on a table: a few blocks of different heights round (x, z). */
function drawMaquette(s: Sketch, x: number, z: number, y: number, scale: number): void {
  const blocks: [number, number, number, number, number][] = [
    [-0.22, -0.12, 0.1, 0.05, 0.22],
    [0.02, -0.12, 0.22, 0.12, 0.12],
    [-0.22, 0.05, -0.05, 0.14, 0.32],
  ];
  drawBox(
    s,
    [x - 0.3 * scale, y, z - 0.2 * scale],
    [x + 0.3 * scale, y + 0.02, z + 0.2 * scale],
    "#c99c66",
    "#d8b07c",
  );
  const sorted = farToNear(blocks, ([x0, z0, x1, z1]) => [
    x + ((x0 + x1) / 2) * scale,
    z + ((z0 + z1) / 2) * scale,
  ]);
  for (const [x0, z0, x1, z1, h] of sorted)
    drawBox(
      s,
      [x + x0 * scale, y + 0.02, z + z0 * scale],
      [x + x1 * scale, y + 0.02 + h * scale, z + z1 * scale],
      CARD,
      "#ffffff",
    );
}

function drawWorkshop(s: Sketch): void {
  const room: Room = {
    ...{ x: [-7, 7], z: [-5, 6], height: 3.8, band: null },
    ...{ wall: ["#ece8e0", "#e2ddd3", "#e8e4db", "#ddd8ce"], floor: "#a7a39b", ceiling: "#efede8" },
  } as const;
  drawRoom(s, room);
  drawFloorGrid(s, room, 1, "#9a968e");
  for (let z = -4; z <= 5; z += 2.2) drawWindow(s, "x", -7, z - 0.9, z + 0.9, 1.0, 3.2);
  for (const x of [-3.5, 0, 3.5]) for (const z of [-3, 0.5, 4]) drawLight(s, 3.8, x, z, 0.9, 0.15);
  drawSign(s, [0, 3.05, 6], "МАКЕТНАЯ МАСТЕРСКАЯ · MODEL WORKSHOP", 0.28);
  drawShelves(s, -6.5, -1.5, -5, 0.5);
  drawShelves(s, 1.5, 6.5, -5, 0.5);
  // Drawings of the models being made, on the front wall.
  drawSheet(s, onWall("z", 6, 2.2, 5.6, 0.95, 2.15), "plan");
  drawSheet(s, onWall("z", 6, -5.6, -2.6, 0.95, 2.15), "section");
  // The laser cutter against the right wall: a dark body, an orange acrylic lid, a control panel.
  drawBox(s, [5.4, 0, -0.4], [6.8, 0.95, 1.4], "#3c4146", "#2f3337");
  drawBox(s, [5.5, 0.95, -0.3], [6.7, 1.2, 1.3], "#d9812b", "#e99a48");
  drawBox(s, [5.35, 0.6, 1.0], [5.45, 0.9, 1.3], "#1b1e21");
  drawSign(s, [6.98, 1.9, 0.5], "ЛАЗЕР · LASER", 0.22);
  const tables: [number, number, number, number][] = [
    [-4.6, -3.2, -1.2, -1.9],
    [1.2, -3.2, 4.6, -1.9],
    [-4.6, 2.0, -1.2, 3.3],
    [1.2, 2.0, 4.6, 3.3],
  ];
  for (const [x0, z0, x1, z1] of farToNear(tables, ([x0, z0, x1, z1]) => [(x0 + x1) / 2, (z0 + z1) / 2])) {
    drawTable(s, [x0, z0], [x1, z1], 0.9, "#eeeae2");
    const mat = (x: number) =>
      [x - 0.45, 0.901, (z0 + z1) / 2 - 0.35, x + 0.45, (z0 + z1) / 2 + 0.35] as const;
    const [mx0, my, mz0, mx1, mz1] = mat(x0 + 0.8);
    s.polygon(
      [
        [mx0, my, mz0],
        [mx1, my, mz0],
        [mx1, my, mz1],
        [mx0, my, mz1],
      ],
      "#4f7a5c",
    );
    drawMaquette(s, x0 + 0.8, (z0 + z1) / 2, 0.9, 1);
    drawMaquette(s, x1 - 1.0, (z0 + z1) / 2, 0.9, 1.4);
  }
}

function drawStudio(s: Sketch): void {
  const room: Room = {
    ...{ x: [-6, 6], z: [-5, 5], height: 4, band: null },
    ...{ wall: ["#f2f0ea", "#e7e4dc", "#efece5", "#e3e0d8"], floor: "#b9a58a", ceiling: "#f5f4f0" },
  } as const;
  drawRoom(s, room);
  drawFloorGrid(s, room, 0.5, "#ab977c");
  // Tall windows along the left wall and the front.
  for (let z = -3.8; z <= 4; z += 2.5) drawWindow(s, "x", -6, z - 1, z + 1, 0.8, 3.5);
  for (const x of [-3.5, 0.5]) drawWindow(s, "z", 5, x - 1.2, x + 1.2, 0.8, 3.5);
  for (const x of [-3, 0, 3]) for (const z of [-2.5, 0, 2.5]) drawLight(s, 4, x, z, 0.8, 0.15);
  drawSign(s, [6, 3.2, 0.2], "ЧЕРТЁЖНАЯ СТУДИЯ · DRAWING STUDIO", 0.22);
  // Students' drawings pinned along the back and right walls.
  const back: SheetKind[] = ["elevation", "plan", "section", "elevation", "plan"];
  back.forEach((kind, i) => {
    const x = -5 + i * 2.1;
    drawSheet(s, onWall("z", -5, x + 0.8, x, 1.2, 2.3), kind);
  });
  const right: SheetKind[] = ["plan", "elevation", "section", "plan"];
  right.forEach((kind, i) => {
    const z = -4 + i * 2.2;
    drawSheet(s, onWall("x", 6, z, z + 1.4, 1.25, 2.35), kind);
  });
  drawBox(s, [3, 0, 4.3], [5.7, 0.9, 4.95], "#8f7a5e", "#d8d2c6");
  const seats: [number, number, 1 | -1][] = [];
  for (const x of [-3.2, 0, 3.2]) for (const z of [-2.4, 2.6]) seats.push([x, z, z > 0 ? -1 : 1]);
  for (const [x, z, towards] of farToNear(seats, ([x, z]) => [x, z])) drawDraftingTable(s, x, z, towards);
}

function drawPlinth(s: Sketch, x: number, z: number, height: number, tall: boolean): void {
  drawBox(s, [x - 0.35, 0, z - 0.35], [x + 0.35, height, z + 0.35], "#f4f4f2", "#ffffff");
  if (tall) {
    drawBox(s, [x - 0.1, height, z - 0.1], [x + 0.1, height + 0.7, z + 0.1], CARD, "#ffffff");
    drawBox(s, [x - 0.25, height, z - 0.25], [x + 0.25, height + 0.15, z + 0.25], "#cfd8dc", "#e8eef0");
  } else {
    drawMaquette(s, x, z, height, 0.9);
  }
}

function drawGallery(s: Sketch): void {
  const room: Room = {
    ...{ x: [-9, 9], z: [-7, 7], height: 4.6, band: null },
    ...{ wall: ["#fafaf8", "#f1f1ee", "#f7f7f4", "#eeeeea"], floor: "#c9c1b3", ceiling: "#f4f4f1" },
  } as const;
  drawRoom(s, room);
  drawFloorGrid(s, room, 1.2, "#bdb4a5");
  for (let z = -5; z <= 5; z += 2.5) drawLight(s, 4.6, -4, z, 0.15, 0.6);
  for (let z = -5; z <= 5; z += 2.5) drawLight(s, 4.6, 4, z, 0.15, 0.6);
  drawSign(s, [0, 3.6, 7], "ДИПЛОМНЫЕ ПРОЕКТЫ 2026 · STUDENT PROJECTS", 0.36);
  // Posters along the walls, in a row at eye level.
  const accents = ["#c4553a", "#2f7d8c", "#d19a2a", "#5a6fb0"];
  for (let i = 0; i < 5; i++) {
    const x = -7.5 + i * 3.2;
    drawSheet(s, onWall("z", -7, x + 1.4, x, 1.1, 2.9), i % 2 ? "elevation" : "poster", accents[i % 4]);
    drawSheet(s, onWall("z", 7, x, x + 1.4, 0.9, 2.7), "poster", accents[(i + 1) % 4]);
  }
  for (let i = 0; i < 4; i++) {
    const z = -5.5 + i * 3.2;
    drawSheet(s, onWall("x", 9, z, z + 1.4, 1.1, 2.9), "poster", accents[(i + 2) % 4]);
    drawSheet(s, onWall("x", -9, z + 1.4, z, 1.1, 2.9), i % 2 ? "plan" : "poster", accents[i % 4]);
  }
  type Piece = { kind: "plinth" | "panel"; x: number; z: number };
  const pieces: Piece[] = [
    ...[-5, -1.8, 1.8, 5].map((x) => ({ kind: "plinth" as const, x, z: 2.8 })),
    ...[-5, -1.8, 1.8, 5].map((x) => ({ kind: "plinth" as const, x, z: -2.8 })),
    ...[-6.8, 6.8].flatMap((x) => [-1.2, 1.4].map((z) => ({ kind: "panel" as const, x, z }))),
    { kind: "panel", x: 0, z: 5.2 },
    { kind: "panel", x: 0, z: -5.2 },
  ];
  for (const [i, piece] of farToNear(pieces, (p) => [p.x, p.z]).entries()) {
    if (piece.kind === "plinth") drawPlinth(s, piece.x, piece.z, 0.9 + (i % 3) * 0.1, i % 3 === 1);
    else {
      const at = facingCamera(piece.x, piece.z, 1.3, 0.25, 2.2);
      s.polygon([at(-0.04, -0.13), at(1.04, -0.13), at(1.04, 1.03), at(-0.04, 1.03)], "#3a3f44");
      drawSheet(s, at, "poster", accents[i % 4]);
      drawCylinder(s, piece.x, piece.z, 0.04, 0, 0.25, "#3a3f44");
    }
  }
}

/** The institute's rooms by scene name. */
export const ARCHITECTURE_ROOMS = {
  workshop: drawWorkshop,
  studio: drawStudio,
  gallery: drawGallery,
} as const;
