/**
 * The demo's 3D product: a compact milk separator, built part by part with gltf-transform's
 * Document API and written as an exhibitor's 3D program would export it (plain float
 * geometry, a copy of the mesh per leg, a PNG label), so the upload pipeline has work to do.
 */
import { Document, type Material, NodeIO } from "@gltf-transform/core";
import sharp from "sharp";
import { box, cylinder, type Geometry, lathe, meshOf, type Vec3 } from "./mesh.ts";

async function labelPng(): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="128">
    <rect width="256" height="128" fill="#f4f1e8"/>
    <rect y="0" width="256" height="30" fill="#1d4f91"/>
    <circle cx="40" cy="78" r="26" fill="#1d4f91"/><circle cx="40" cy="78" r="14" fill="#f4f1e8"/>
    <rect x="84" y="56" width="148" height="12" fill="#24303f"/>
    <rect x="84" y="78" width="110" height="8" fill="#7a8594"/>
    <rect x="84" y="94" width="128" height="8" fill="#7a8594"/>
    <rect y="116" width="256" height="12" fill="#c8a445"/></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

/** The demo product as an uploaded .glb (about 6,000 triangles, five materials, one PNG texture). */
export async function buildDemoModelGlb(): Promise<Uint8Array> {
  const document = new Document();
  document.createBuffer();
  const scene = document.createScene("Milk separator MS-500");
  const root = document.createNode("MS-500");
  scene.addChild(root);
  const material = (name: string, color: [number, number, number], metallic: number, roughness: number) =>
    document
      .createMaterial(name)
      .setBaseColorFactor([...color, 1])
      .setMetallicFactor(metallic)
      .setRoughnessFactor(roughness);
  const steel = material("Stainless steel", [0.78, 0.8, 0.83], 1, 0.28);
  const paint = material("Enamel blue", [0.07, 0.2, 0.42], 0.1, 0.45);
  const rubber = material("Rubber", [0.03, 0.03, 0.03], 0, 0.9);
  const screen = material("Panel glass", [0.02, 0.04, 0.05], 0.3, 0.1);
  const label = document
    .createMaterial("Label")
    .setBaseColorTexture(
      document
        .createTexture("label")
        .setImage(await labelPng())
        .setMimeType("image/png"),
    )
    .setRoughnessFactor(0.7)
    .setMetallicFactor(0);

  const part = (
    name: string,
    geometry: Geometry,
    look: Material,
    at: Vec3,
    rotation?: [number, number, number, number],
  ) => {
    const node = document
      .createNode(name)
      .setMesh(meshOf(document, name, geometry, look))
      .setTranslation(at);
    if (rotation) node.setRotation(rotation);
    root.addChild(node);
  };
  // The frame: a painted body on four steel legs with rubber feet (a separate copy per leg, as exported).
  part("Body", box(0.7, 0.55, 0.55), paint, [0, 0.5, 0]);
  for (const [i, [x, z]] of [
    [-0.3, -0.22],
    [0.3, -0.22],
    [-0.3, 0.22],
    [0.3, 0.22],
  ].entries()) {
    part(`Leg ${i + 1}`, cylinder(0.035, 0.24, 32), steel, [x ?? 0, 0.03, z ?? 0]);
    part(`Foot ${i + 1}`, cylinder(0.05, 0.03, 32), rubber, [x ?? 0, 0, z ?? 0]);
  }
  // The bowl: a drum with a domed lid and the milk inlet on top.
  const drum: [number, number][] = [
    [0, 0],
    [0.16, 0],
    [0.26, 0.06],
    [0.28, 0.14],
    [0.28, 0.3],
    [0.27, 0.34],
  ];
  for (let i = 1; i <= 10; i++) {
    const t = i / 10;
    drum.push([0.27 * Math.cos((t * Math.PI) / 2), 0.34 + 0.16 * Math.sin((t * Math.PI) / 2)]);
  }
  part("Drum", lathe(drum, 96), steel, [0, 0.775, 0]);
  part("Inlet", cylinder(0.04, 0.16, 48), steel, [0, 1.25, 0]);
  part(
    "Funnel",
    lathe(
      [
        [0.04, 0],
        [0.09, 0.08],
        [0.16, 0.14],
        [0.16, 0.15],
        [0.045, 0.02],
      ],
      64,
    ),
    steel,
    [0, 1.4, 0],
  );
  // Two spouts: cream and skimmed milk.
  const spout = (x: number): [number, number, number, number] => [
    0,
    0,
    Math.sin((x * Math.PI) / 4),
    Math.cos((x * Math.PI) / 4),
  ];
  part("Cream spout", cylinder(0.025, 0.22, 32), steel, [0.22, 1.0, 0.08], spout(-1));
  part("Milk spout", cylinder(0.03, 0.24, 32), steel, [-0.22, 0.95, -0.08], spout(1));
  // The control panel on the front, with a screen, two buttons and the maker's label.
  part("Panel", box(0.32, 0.2, 0.04), paint, [0.12, 0.58, 0.295]);
  part("Screen", box(0.14, 0.09, 0.01), screen, [0.07, 0.61, 0.32]);
  const buttonTurn: [number, number, number, number] = [Math.SQRT1_2, 0, 0, Math.SQRT1_2];
  part(
    "Start",
    cylinder(0.022, 0.02, 32),
    material("Start green", [0.05, 0.55, 0.15], 0, 0.4),
    [0.2, 0.62, 0.31],
    buttonTurn,
  );
  part(
    "Stop",
    cylinder(0.022, 0.02, 32),
    material("Stop red", [0.75, 0.06, 0.04], 0, 0.4),
    [0.2, 0.55, 0.31],
    buttonTurn,
  );
  part("Label", box(0.2, 0.1, 0.004), label, [-0.2, 0.45, 0.277]);
  return new NodeIO().writeBinary(document);
}
