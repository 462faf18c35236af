/** A model's preview picture: its triangles, coloured by their materials, drawn on the server as WebP. */
import { type Document, getBounds, type Material, Primitive, type Texture } from "@gltf-transform/core";
import sharp from "sharp";
import { shownNodes } from "./model-budget.ts";
import { type Box, fromSrgb8, rasterise, type ShadedMesh } from "./rasterise.ts";

/** The side of the preview picture, px. */
export const PREVIEW_SIDE = 512;
// Drawn twice as large and scaled down, for smooth edges.
const SUPERSAMPLE = 2;

/** The model's box in world space (all scenes). */
export function boundsOf(document: Document): Box {
  const boxes = document
    .getRoot()
    .listScenes()
    .map((scene) => getBounds(scene));
  const min = [0, 1, 2].map((i) => Math.min(...boxes.map((box) => box.min[i] ?? 0))) as Box["min"];
  const max = [0, 1, 2].map((i) => Math.max(...boxes.map((box) => box.max[i] ?? 0))) as Box["max"];
  return { min, max };
}

/** Renders the model from a three-quarter view into a PREVIEW_SIDE² WebP. */
export async function renderPreview(document: Document, box: Box): Promise<Uint8Array> {
  const meshes = await shadedMeshesOf(document);
  const side = PREVIEW_SIDE * SUPERSAMPLE;
  const pixels = rasterise(meshes, box, side);
  const webp = await sharp(pixels, { raw: { width: side, height: side, channels: 4 } })
    .resize(PREVIEW_SIDE, PREVIEW_SIDE, { kernel: "lanczos3" })
    .removeAlpha()
    .webp({ quality: 82 })
    .toBuffer();
  return new Uint8Array(webp);
}

/** Each drawn primitive's triangles in world space, with its material's colour. */
async function shadedMeshesOf(document: Document): Promise<ShadedMesh[]> {
  const colours = new Map<Material | null, Promise<ShadedMesh["color"]>>();
  const meshes: ShadedMesh[] = [];
  for (const node of shownNodes(document)) {
    const primitives = node.getMesh()?.listPrimitives() ?? [];
    if (primitives.length === 0) continue;
    const world = node.getWorldMatrix();
    for (const primitive of primitives) {
      const indices = triangleIndices(primitive);
      const position = primitive.getAttribute("POSITION");
      if (!indices || !position) continue;
      const positions = new Float32Array(position.getCount() * 3);
      const p: number[] = [0, 0, 0];
      for (let v = 0; v < position.getCount(); v++) {
        const [x = 0, y = 0, z = 0] = position.getElement(v, p);
        for (let row = 0; row < 3; row++) {
          const m = (column: number) => world[column * 4 + row] ?? 0;
          positions[v * 3 + row] = m(0) * x + m(1) * y + m(2) * z + m(3);
        }
      }
      const material = primitive.getMaterial();
      if (!colours.has(material)) colours.set(material, colourOf(material));
      meshes.push({
        positions,
        indices,
        color: await (colours.get(material) as Promise<ShadedMesh["color"]>),
      });
    }
  }
  return meshes;
}

/** The primitive's triangles as a list of index triples (strips and fans unrolled); null for points and lines. */
function triangleIndices(primitive: Primitive): Uint32Array | null {
  const mode = primitive.getMode();
  const accessor = primitive.getIndices();
  const count = accessor ? accessor.getCount() : (primitive.getAttribute("POSITION")?.getCount() ?? 0);
  const at = (i: number) => (accessor ? accessor.getScalar(i) : i);
  if (mode === Primitive.Mode.TRIANGLES) {
    const list = new Uint32Array(count - (count % 3));
    for (let i = 0; i < list.length; i++) list[i] = at(i);
    return list;
  }
  if (mode !== Primitive.Mode.TRIANGLE_STRIP && mode !== Primitive.Mode.TRIANGLE_FAN) return null;
  const triangles = Math.max(0, count - 2);
  const list = new Uint32Array(triangles * 3);
  for (let t = 0; t < triangles; t++) {
    const corners = mode === Primitive.Mode.TRIANGLE_FAN ? [0, t + 1, t + 2] : [t, t + 1, t + 2];
    list.set(corners.map(at), t * 3);
  }
  return list;
}

/** baseColorFactor times the average colour of the baseColor texture, linear RGB. */
async function colourOf(material: Material | null): Promise<ShadedMesh["color"]> {
  if (!material) return [0.8, 0.8, 0.8];
  const [r = 1, g = 1, b = 1] = material.getBaseColorFactor();
  const average = await averageColourOf(material.getBaseColorTexture());
  return [r * average[0], g * average[1], b * average[2]];
}

async function averageColourOf(texture: Texture | null): Promise<ShadedMesh["color"]> {
  const image = texture?.getImage();
  if (!image) return [1, 1, 1];
  try {
    const { channels } = await sharp(image).stats();
    // Grey (and grey + alpha) images have one colour channel.
    const colour = channels.length <= 2 ? channels.slice(0, 1) : channels;
    const mean = (i: number) => fromSrgb8(colour[Math.min(i, colour.length - 1)]?.mean ?? 255);
    return [mean(0), mean(1), mean(2)];
  } catch {
    return [1, 1, 1];
  }
}
