/**
 * The architecture institute's demo model: a 1:100 maquette of its new teaching building on a
 * wooden base (an L of white card with ribbon windows, a glass atrium in the corner, a roof
 * terrace, lawns, paths and trees), built with gltf-transform's Document API and merged into
 * one mesh per material, as an architect's 3D program would export it.
 */
import { Document, type Material, NodeIO } from "@gltf-transform/core";
import sharp from "sharp";
import { landscape } from "./building-site.ts";
import { block, type Geometry, merged, meshOf, moved, prism, type Vec3 } from "./mesh.ts";

/** Top of the base plate: the ground the building stands on (metres; the plate is 1 × 0.8). */
export const GROUND = 0.03;
/** One storey at 1:100. */
const STOREY = 0.034;

interface Wing {
  min: [number, number];
  max: [number, number];
  storeys: number;
}

// The L: the long wing along the back, the short one coming forward on the right.
const LONG_WING: Wing = { min: [-0.36, -0.27], max: [0.24, -0.12], storeys: 6 };
const SHORT_WING: Wing = { min: [0.09, -0.12], max: [0.24, 0.2], storeys: 4 };
const ATRIUM = { min: [-0.09, -0.12] as const, max: [0.088, 0.03] as const, storeys: 3 };

async function woodPng(): Promise<Uint8Array> {
  const grain = Array.from({ length: 22 }, (_, i) => {
    const y = 6 + i * 11.5 + ((i * 37) % 7);
    const bend = 4 + ((i * 13) % 9);
    return `<path d="M0 ${y} C80 ${y - bend} 170 ${y + bend} 256 ${y - 2}" stroke="#b88a55" stroke-width="${1 + (i % 3)}" fill="none" opacity="0.55"/>`;
  }).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256">
    <rect width="256" height="256" fill="#d9b07a"/>${grain}
    <ellipse cx="170" cy="96" rx="14" ry="5" fill="#a8773f" opacity="0.6"/></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

/** The card volumes, window ribbons and fins of one wing. */
function wingParts(wing: Wing): { card: Geometry[]; glass: Geometry[] } {
  const [x0, z0] = wing.min;
  const [x1, z1] = wing.max;
  const top = GROUND + wing.storeys * STOREY;
  const card = [block([x0, GROUND, z0], [x1, top, z1])];
  // A parapet round the roof.
  const lip = 0.004;
  card.push(
    block([x0, top, z0], [x1, top + 0.008, z0 + lip]),
    block([x0, top, z1 - lip], [x1, top + 0.008, z1]),
  );
  card.push(
    block([x0, top, z0], [x0 + lip, top + 0.008, z1]),
    block([x1 - lip, top, z0], [x1, top + 0.008, z1]),
  );
  const glass: Geometry[] = [];
  for (let storey = 0; storey < wing.storeys; storey++) {
    const y = GROUND + storey * STOREY;
    // The ground floor is glazed higher: the lobby and the café.
    const [from, to] = storey === 0 ? [0.004, 0.028] : [0.011, 0.027];
    glass.push(block([x0 - 0.001, y + from, z0 - 0.001], [x1 + 0.001, y + to, z1 + 0.001]));
  }
  // Vertical fins every 3 m across the long faces.
  const fin = (x: number, z: number, alongX: boolean) => {
    const [dx, dz] = alongX ? [0.0025, 0.006] : [0.006, 0.0025];
    card.push(block([x - dx, GROUND + 0.03, z - dz], [x + dx, top, z + dz]));
  };
  const alongX = x1 - x0 > z1 - z0;
  const [a0, a1] = alongX ? [x0, x1] : [z0, z1];
  for (let at = a0 + 0.03; at < a1 - 0.015; at += 0.03) {
    if (alongX) for (const z of [z0, z1]) fin(at, z, true);
    else for (const x of [x0, x1]) fin(x, at, false);
  }
  return { card, glass };
}

/** The atrium: a glass box in the L's corner on white posts, with its floors showing through. */
function atriumParts(): { card: Geometry[]; glazing: Geometry[] } {
  const [x0, z0] = ATRIUM.min;
  const [x1, z1] = ATRIUM.max;
  const top = GROUND + ATRIUM.storeys * STOREY;
  const card: Geometry[] = [];
  for (const x of [x0, (x0 + x1) / 2, x1])
    card.push(block([x - 0.003, GROUND, z1 - 0.003], [x + 0.003, top, z1 + 0.003]));
  for (const z of [z0 + 0.05, z0 + 0.1])
    card.push(block([x0 - 0.003, GROUND, z - 0.003], [x0 + 0.003, top, z + 0.003]));
  card.push(block([x0 - 0.004, top, z0], [x1 + 0.004, top + 0.006, z1 + 0.004]));
  // Two galleries inside, seen through the glass.
  for (const storey of [1, 2]) {
    const y = GROUND + storey * STOREY;
    card.push(block([x0 + 0.02, y - 0.003, z0], [x1 - 0.02, y, z0 + 0.05]));
  }
  const glazing = [block([x0, GROUND, z0 + 0.001], [x1, top, z1])];
  return { card, glazing };
}

/** The terrace on the short wing's roof: a deck, planters with shrubs, a glass balustrade. */
function terraceParts(): { deck: Geometry[]; card: Geometry[]; balustrade: Geometry[]; green: Geometry[] } {
  const [x0, z0] = SHORT_WING.min;
  const [x1, z1] = SHORT_WING.max;
  const y = GROUND + SHORT_WING.storeys * STOREY;
  const deck = [block([x0 + 0.008, y, z0 + 0.01], [x1 - 0.008, y + 0.003, z1 - 0.01])];
  const card: Geometry[] = [];
  const green: Geometry[] = [];
  for (let z = z0 + 0.04; z < z1 - 0.03; z += 0.07) {
    card.push(block([x1 - 0.03, y, z], [x1 - 0.012, y + 0.012, z + 0.04]));
    green.push(moved(prism(bushOutline(), 0, 1), [x1 - 0.021, y + 0.012, z + 0.02], [0.009, 0.012, 0.018]));
  }
  // A pergola of thin beams over seating.
  for (let z = z0 + 0.05; z <= z0 + 0.13; z += 0.02)
    card.push(block([x0 + 0.02, y + 0.028, z], [x0 + 0.08, y + 0.03, z + 0.004]));
  for (const [x, z] of [
    [x0 + 0.02, z0 + 0.05],
    [x0 + 0.08, z0 + 0.05],
    [x0 + 0.02, z0 + 0.134],
    [x0 + 0.08, z0 + 0.134],
  ] as const)
    card.push(block([x - 0.002, y, z - 0.002], [x + 0.002, y + 0.03, z + 0.002]));
  const h = 0.011;
  const balustrade = [
    block([x0 + 0.001, y, z1 - 0.003], [x1 - 0.001, y + h, z1 - 0.001]),
    block([x0 + 0.001, y, z0 + 0.001], [x0 + 0.003, y + h, z1 - 0.001]),
  ];
  return { deck, card, balustrade, green };
}

function bushOutline(): [number, number][] {
  return Array.from({ length: 8 }, (_, i) => {
    const a = (-i / 8) * Math.PI * 2;
    return [Math.cos(a), Math.sin(a)] as [number, number];
  });
}

/** The demo building maquette as an uploaded .glb (about 8,000 triangles, ten materials, one PNG texture). */
export async function buildDemoBuildingGlb(): Promise<Uint8Array> {
  const document = new Document();
  document.createBuffer();
  const scene = document.createScene("Teaching building maquette");
  const root = document.createNode("Maquette");
  scene.addChild(root);
  const material = (name: string, color: [number, number, number], roughness: number, metallic = 0) =>
    document
      .createMaterial(name)
      .setBaseColorFactor([...color, 1])
      .setMetallicFactor(metallic)
      .setRoughnessFactor(roughness);
  const wood = material("Birch plywood", [1, 1, 1], 0.75).setBaseColorTexture(
    document
      .createTexture("plywood")
      .setImage(await woodPng())
      .setMimeType("image/png"),
  );
  const card = material("White card", [0.93, 0.93, 0.91], 0.85);
  const windows = material("Window film", [0.16, 0.22, 0.28], 0.25, 0.2);
  const atriumGlass = material("Atrium glass", [0.62, 0.8, 0.9], 0.05)
    .setAlpha(0.35)
    .setAlphaMode("BLEND")
    .setDoubleSided(true);
  const looks = {
    grass: material("Lawn flock", [0.45, 0.62, 0.32], 0.95),
    paving: material("Paving card", [0.78, 0.75, 0.69], 0.9),
    crowns: material("Tree foam", [0.36, 0.55, 0.3], 0.95),
    trunks: material("Tree wire", [0.42, 0.3, 0.2], 0.8),
    deck: material("Terrace veneer", [0.72, 0.55, 0.36], 0.7),
  };
  const add = (name: string, pieces: readonly Geometry[], look: Material, at: Vec3 = [0, 0, 0]) => {
    root.addChild(
      document
        .createNode(name)
        .setMesh(meshOf(document, name, merged(pieces), look))
        .setTranslation(at),
    );
  };
  add("Base plate", [block([-0.5, 0, -0.4], [0.5, GROUND, 0.4])], wood);
  const site = landscape(GROUND);
  add("Lawns", site.lawns, looks.grass);
  add("Paths", site.paths, looks.paving);
  add("Tree crowns", site.crowns, looks.crowns);
  add("Tree trunks", site.trunks, looks.trunks);
  const long = wingParts(LONG_WING);
  const short = wingParts(SHORT_WING);
  const atrium = atriumParts();
  const terrace = terraceParts();
  add("Building", [...long.card, ...short.card, ...atrium.card, ...terrace.card], card);
  add("Window ribbons", [...long.glass, ...short.glass], windows);
  add("Terrace deck", terrace.deck, looks.deck);
  add("Terrace planting", terrace.green, looks.crowns);
  add("Atrium glass", [...atrium.glazing, ...terrace.balustrade], atriumGlass);
  return new NodeIO().writeBinary(document);
}
