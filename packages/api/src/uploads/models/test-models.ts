/** Real .glb files for tests, made with gltf-transform's Document API (and one written by hand). */
import { Document, type Document as GltfDocument, NodeIO, type Primitive } from "@gltf-transform/core";
import sharp from "sharp";

type Rgba = [number, number, number, number];

/** A unit cube (12 triangles) of one colour, as a primitive of the document. */
export function addCube(document: GltfDocument, color: Rgba, size = 1): Primitive {
  const s = size / 2;
  const corners = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) => [i & 1 ? s : -s, i & 2 ? s : -s, i & 4 ? s : -s]);
  const faces = [
    0, 1, 3, 0, 3, 2, 4, 6, 7, 4, 7, 5, 0, 4, 5, 0, 5, 1, 2, 3, 7, 2, 7, 6, 0, 2, 6, 0, 6, 4, 1, 5, 7, 1, 7,
    3,
  ];
  const buffer = document.getRoot().listBuffers()[0] ?? document.createBuffer();
  const position = document
    .createAccessor()
    .setType("VEC3")
    .setArray(new Float32Array(corners))
    .setBuffer(buffer);
  const indices = document
    .createAccessor()
    .setType("SCALAR")
    .setArray(new Uint16Array(faces))
    .setBuffer(buffer);
  const material = document.createMaterial().setBaseColorFactor(color);
  return document
    .createPrimitive()
    .setAttribute("POSITION", position)
    .setIndices(indices)
    .setMaterial(material);
}

/** A flat grid of n×n quads (2n² triangles), indexed. */
export function addGrid(document: GltfDocument, n: number): Primitive {
  const buffer = document.getRoot().listBuffers()[0] ?? document.createBuffer();
  const positions = new Float32Array((n + 1) * (n + 1) * 3);
  for (let y = 0; y <= n; y++) {
    for (let x = 0; x <= n; x++) positions.set([x / n, 0, y / n], (y * (n + 1) + x) * 3);
  }
  const indices = new Uint32Array(n * n * 6);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const a = y * (n + 1) + x;
      indices.set([a, a + n + 1, a + 1, a + 1, a + n + 1, a + n + 2], (y * n + x) * 6);
    }
  }
  return document
    .createPrimitive()
    .setAttribute("POSITION", document.createAccessor().setType("VEC3").setArray(positions).setBuffer(buffer))
    .setIndices(document.createAccessor().setType("SCALAR").setArray(indices).setBuffer(buffer));
}

/** Writes the document as a .glb. */
export async function glbOf(document: GltfDocument): Promise<Uint8Array> {
  return new NodeIO().writeBinary(document);
}

/** A .glb with one red cube. */
export async function redCubeGlb(): Promise<Uint8Array> {
  const document = new Document();
  const mesh = document.createMesh("cube").addPrimitive(addCube(document, [0.9, 0.05, 0.05, 1]));
  document.createScene().addChild(document.createNode("cube").setMesh(mesh));
  return glbOf(document);
}

/** A .glb with a cube whose base colour is a (noisy, so not pruned as one colour) PNG texture of the given size. */
export async function texturedCubeGlb(width: number, height: number): Promise<Uint8Array> {
  const document = new Document();
  const primitive = addCube(document, [1, 1, 1, 1]);
  const png = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: "#000",
      noise: { type: "gaussian", mean: 128, sigma: 40 },
    },
  })
    .png()
    .toBuffer();
  const texture = document.createTexture("label").setImage(new Uint8Array(png)).setMimeType("image/png");
  primitive.getMaterial()?.setBaseColorTexture(texture);
  const mesh = document.createMesh().addPrimitive(primitive);
  document.createScene().addChild(document.createNode().setMesh(mesh));
  return glbOf(document);
}

/** A .glb whose scene draws `nodes` copies of one grid of n×n quads. */
export async function gridGlb(n: number, nodes: number): Promise<Uint8Array> {
  const document = new Document();
  const mesh = document.createMesh("grid").addPrimitive(addGrid(document, n));
  const scene = document.createScene();
  for (let i = 0; i < nodes; i++)
    scene.addChild(document.createNode().setMesh(mesh).setTranslation([i, 0, 0]));
  return glbOf(document);
}

/** A .glb with nothing to look at: a camera on a node, and a mesh of points. */
export async function noGeometryGlb(): Promise<Uint8Array> {
  const document = new Document();
  const buffer = document.createBuffer();
  const points = document
    .createAccessor()
    .setType("VEC3")
    .setArray(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]))
    .setBuffer(buffer);
  const cloud = document
    .createMesh("points")
    .addPrimitive(document.createPrimitive().setAttribute("POSITION", points).setMode(0 /* POINTS */));
  const camera = document.createCamera("view").setType("perspective");
  document
    .createScene()
    .addChild(document.createNode("camera").setCamera(camera))
    .addChild(document.createNode("cloud").setMesh(cloud));
  return glbOf(document);
}

/** A GLB container written by hand around any JSON (and an optional binary chunk). */
export function handMadeGlb(json: unknown, bin = new Uint8Array(0)): Uint8Array {
  const text = new TextEncoder().encode(JSON.stringify(json));
  const jsonLength = Math.ceil(text.byteLength / 4) * 4;
  const binLength = Math.ceil(bin.byteLength / 4) * 4;
  const total = 12 + 8 + jsonLength + (binLength ? 8 + binLength : 0);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x46546c67, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonLength, true);
  view.setUint32(16, 0x4e4f534a, true);
  bytes.fill(0x20, 20, 20 + jsonLength);
  bytes.set(text, 20);
  if (binLength) {
    view.setUint32(20 + jsonLength, binLength, true);
    view.setUint32(24 + jsonLength, 0x004e4942, true);
    bytes.set(bin, 28 + jsonLength);
  }
  return bytes;
}

/** A .glb whose triangle refers to a buffer in a file beside it. */
export function externalBufferGlb(uri = "../../secrets/mesh.bin"): Uint8Array {
  return handMadeGlb({
    asset: { version: "2.0" },
    buffers: [{ byteLength: 36, uri }],
    bufferViews: [{ buffer: 0, byteLength: 36 }],
    accessors: [
      { bufferView: 0, componentType: 5126, count: 3, type: "VEC3", min: [0, 0, 0], max: [1, 1, 0] },
    ],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
    nodes: [{ mesh: 0 }],
    scenes: [{ nodes: [0] }],
  });
}

/** A .glb whose image is a URL on the web. */
export function externalImageGlb(uri: string): Uint8Array {
  return handMadeGlb({ asset: { version: "2.0" }, images: [{ uri }], scenes: [{ nodes: [] }] });
}
