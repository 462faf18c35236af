/**
 * From an uploaded .glb to what we keep: checked before parsing (a glTF 2 binary with nothing
 * outside it), parsed with every extension we read, held to MODEL_BUDGET, optimised, measured
 * and drawn as a preview. Nothing is stored here.
 */
import { readFile, stat } from "node:fs/promises";
import type { Document } from "@gltf-transform/core";
import type { ModelBounds } from "@pavilion/schema";
import { AppError } from "../../errors.ts";
import { withExtension } from "../file-name.ts";
import type { UploadLimits } from "../limits.ts";
import { sizeParam } from "../sizes.ts";
import { checkGlbContainer } from "./glb-container.ts";
import { assertWithinBudget, countTriangles } from "./model-budget.ts";
import { modelIO, READABLE_EXTENSIONS } from "./model-io.ts";
import { compressModel, tidyModel } from "./model-optimise.ts";
import { boundsOf, renderPreview } from "./model-preview.ts";

/** A model ready to keep. */
export interface PreparedModel {
  /** The optimised glTF binary. */
  glb: Uint8Array;
  /** A WebP picture of it (PREVIEW_SIDE square). */
  preview: Uint8Array;
  triangles: number;
  bounds: ModelBounds;
  /** The sanitised name, ending in .glb. */
  originalName: string;
}

/** Checks, optimises and draws the uploaded model; throws AppError upload.* / model.*. */
export async function prepareModel(upload: {
  path: string;
  originalName: string;
  limits: UploadLimits;
}): Promise<PreparedModel> {
  const { size } = await stat(upload.path);
  if (size === 0) throw new AppError("upload.empty");
  if (size > upload.limits.model) {
    throw new AppError("upload.tooLarge", `${size} > ${upload.limits.model}`, {
      ...sizeParam("size", size),
      ...sizeParam("limit", upload.limits.model),
    });
  }
  const prepared = await optimiseGlb(new Uint8Array(await readFile(upload.path)));
  return { ...prepared, originalName: withExtension(upload.originalName || "model.glb", "glb") };
}

/** The optimised model, its preview, triangles and box, from the bytes of a .glb. */
export async function optimiseGlb(bytes: Uint8Array): Promise<Omit<PreparedModel, "originalName">> {
  checkGlbContainer(bytes, READABLE_EXTENSIONS);
  const io = await modelIO();
  const document = await readDocument(bytes);
  assertWithinBudget(document);
  await tidyModel(document);
  const bounds = boundsOf(document);
  const preview = await renderPreview(document, bounds);
  const triangles = countTriangles(document);
  await compressModel(document);
  return { glb: await io.writeBinary(document), preview, triangles, bounds };
}

async function readDocument(bytes: Uint8Array): Promise<Document> {
  const io = await modelIO();
  try {
    return await io.readBinary(bytes);
  } catch (error) {
    throw new AppError("upload.corrupt", `model could not be read: ${String(error)}`);
  }
}
