/** What an uploaded model may hold: triangles, textures and their size (MODEL_BUDGET). */
import { type Document, ImageUtils, type Node, Primitive } from "@gltf-transform/core";
import type { InstancedMesh } from "@gltf-transform/extensions";
import { MODEL_BUDGET } from "@pavilion/schema";
import { AppError } from "../../errors.ts";

const INSTANCING = "EXT_mesh_gpu_instancing";

/** Triangles a primitive draws; points and lines draw none. */
export function trianglesOf(primitive: Primitive): number {
  const indices = primitive.getIndices();
  const vertices = indices ? indices.getCount() : (primitive.getAttribute("POSITION")?.getCount() ?? 0);
  switch (primitive.getMode()) {
    case Primitive.Mode.TRIANGLES:
      return Math.floor(vertices / 3);
    case Primitive.Mode.TRIANGLE_STRIP:
    case Primitive.Mode.TRIANGLE_FAN:
      return Math.max(0, vertices - 2);
    default:
      return 0;
  }
}

/** Triangles the default (or every) scene draws, each mesh counted once per node that shows it. */
export function countTriangles(document: Document): number {
  let total = 0;
  for (const node of shownNodes(document)) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const perUse = mesh.listPrimitives().reduce((sum, primitive) => sum + trianglesOf(primitive), 0);
    total += perUse * instancesOf(node);
  }
  return total;
}

/** Every node of every scene, once per place it appears in a scene's tree. */
export function shownNodes(document: Document): Node[] {
  const nodes: Node[] = [];
  for (const scene of document.getRoot().listScenes()) scene.traverse((node) => nodes.push(node));
  return nodes;
}

function instancesOf(node: Node): number {
  const instanced = node.getExtension<InstancedMesh>(INSTANCING);
  return instanced?.listAttributes()[0]?.getCount() ?? 1;
}

/** A number as people read it ("512 000"), the same in both languages. */
function readable(value: number): string {
  return new Intl.NumberFormat("ru").format(value);
}

/** Throws model.noGeometry, model.tooManyTriangles, model.tooManyTextures or model.textureTooLarge. */
export function assertWithinBudget(document: Document): number {
  const triangles = countTriangles(document);
  if (triangles === 0) throw new AppError("model.noGeometry");
  if (triangles > MODEL_BUDGET.triangles) {
    throw new AppError("model.tooManyTriangles", `${triangles} triangles`, {
      triangles: readable(triangles),
      limit: readable(MODEL_BUDGET.triangles),
    });
  }
  const textures = document.getRoot().listTextures();
  if (textures.length > MODEL_BUDGET.textures) {
    throw new AppError("model.tooManyTextures", `${textures.length} textures`, {
      count: textures.length,
      limit: MODEL_BUDGET.textures,
    });
  }
  for (const texture of textures) {
    const image = texture.getImage();
    const size = image ? ImageUtils.getSize(image, texture.getMimeType()) : null;
    if (!size) throw new AppError("upload.corrupt", "a texture of the model cannot be read");
    const [width, height] = size;
    if (Math.max(width, height) > MODEL_BUDGET.textureSide) {
      throw new AppError("model.textureTooLarge", `${width}×${height}`, {
        width,
        height,
        limit: MODEL_BUDGET.textureSide,
      });
    }
  }
  return triangles;
}
