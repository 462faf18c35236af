/**
 * What we keep of a model: duplicates merged, unused parts dropped, vertices welded, textures
 * re-encoded as WebP no larger than MODEL_TEXTURE_SIDE, then meshopt-compressed and quantised
 * (EXT_meshopt_compression + KHR_mesh_quantization, which three's GLTFLoader reads with
 * its MeshoptDecoder).
 */
import type { Document } from "@gltf-transform/core";
import { dedup, meshopt, prune, resample, textureCompress, weld } from "@gltf-transform/functions";
import { MODEL_TEXTURE_SIDE } from "@pavilion/schema";
import { MeshoptEncoder } from "meshoptimizer";
import sharp from "sharp";
import { AppError } from "../../errors.ts";

// Compression the upload came with: its geometry is decoded now and compressed our way on writing.
const DECODED_ON_READ = ["KHR_draco_mesh_compression", "EXT_meshopt_compression"];

/** Cleans the document and re-encodes its textures (before the preview is drawn from it). */
export async function tidyModel(document: Document): Promise<void> {
  for (const extension of document.getRoot().listExtensionsUsed()) {
    if (DECODED_ON_READ.includes(extension.extensionName)) extension.dispose();
  }
  try {
    await document.transform(
      dedup(),
      prune(),
      resample(),
      weld(),
      textureCompress({
        encoder: sharp,
        targetFormat: "webp",
        resize: [MODEL_TEXTURE_SIDE, MODEL_TEXTURE_SIDE],
        quality: 85,
      }),
    );
  } catch (error) {
    throw new AppError("upload.corrupt", `model could not be optimised: ${String(error)}`);
  }
}

/** Quantises and meshopt-compresses the geometry (applied when the document is written). */
export async function compressModel(document: Document): Promise<void> {
  await MeshoptEncoder.ready;
  await document.transform(meshopt({ encoder: MeshoptEncoder, level: "medium" }));
}
