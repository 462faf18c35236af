/**
 * A speaker's portrait from an upload: told by its bytes (JPEG, PNG, WebP, GIF, AVIF, and TIFF,
 * which the questionnaire asks for), then decoded and encoded anew as an upright JPEG of at most
 * 1600 px with no metadata. Any image is kept; whether it is portrait (taller than wide) is told.
 */
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import { fileTypeFromFile } from "file-type";
import sharp from "sharp";
import { AppError } from "../../errors.ts";
import type { UploadLimits } from "../../uploads/limits.ts";
import { sizeParam } from "../../uploads/sizes.ts";
import { identifyUpload } from "../../uploads/sniff.ts";

const PORTRAIT_MAX_SIDE = 1600;
// As for other images: far above any camera, far below a decompression bomb.
const MAX_INPUT_PIXELS = 120_000_000;
const ACCEPTED = "JPEG, TIFF, PNG, WebP, GIF, AVIF";

/** The kept portrait: bytes we made, their content id and size in pixels. */
export interface Portrait {
  id: string;
  bytes: Uint8Array;
  mime: "image/jpeg";
  width: number;
  height: number;
}

/** True when the image is taller than wide. */
export function isPortrait(size: { width: number; height: number }): boolean {
  return size.height > size.width;
}

async function assertImage(path: string): Promise<void> {
  const detected = await fileTypeFromFile(path);
  if (detected?.mime === "image/tiff") return;
  try {
    await identifyUpload(path, "logo");
  } catch (error) {
    if (error instanceof AppError && error.code === "upload.typeNotAllowed")
      throw new AppError(error.code, error.message, { ...error.params, allowed: ACCEPTED });
    throw error;
  }
}

/** Checks the uploaded file and makes the portrait; throws AppError upload.*. */
export async function preparePortrait(path: string, limits: UploadLimits): Promise<Portrait> {
  const { size } = await stat(path);
  if (size === 0) throw new AppError("upload.empty");
  await assertImage(path);
  if (size > limits.image)
    throw new AppError("upload.tooLarge", `${size} > ${limits.image}`, {
      ...sizeParam("size", size),
      ...sizeParam("limit", limits.image),
    });
  try {
    const { data, info } = await sharp(path, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate()
      .resize(PORTRAIT_MAX_SIDE, PORTRAIT_MAX_SIDE, { fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 85 })
      .toBuffer({ resolveWithObject: true });
    const bytes = new Uint8Array(data);
    const id = createHash("sha256").update(bytes).digest("hex");
    return { id, bytes, mime: "image/jpeg", width: info.width, height: info.height };
  } catch (error) {
    throw new AppError("upload.corrupt", `portrait could not be decoded: ${String(error)}`);
  }
}

/** The size of a kept image, or null when it cannot be read. */
export async function imageSize(bytes: Uint8Array): Promise<{ width: number; height: number } | null> {
  try {
    const meta = await sharp(bytes).metadata();
    return meta.width && meta.height ? { width: meta.width, height: meta.height } : null;
  } catch {
    return null;
  }
}
