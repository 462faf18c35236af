/**
 * Uploaded images are decoded and encoded anew, upright, with no metadata: what we
 * keep is pixels we made, never the uploader's bytes (EXIF, XMP, comments, trailing data).
 */
import sharp from "sharp";
import { AppError } from "../errors.ts";

/** Bytes we made, with their type and the extension a download of them should have. */
export interface EncodedFile {
  bytes: Uint8Array;
  mime: string;
  extension: string;
}

const LOGO_SIDE = 512;
const MATERIAL_MAX_SIDE = 4096;
// Far above any camera (a 50 MP phone photo fits), far below a decompression bomb.
const MAX_INPUT_PIXELS = 120_000_000;

/** A logo: a transparent 512×512 PNG with the whole image fitted inside. */
export async function encodeLogo(input: string | Uint8Array): Promise<EncodedFile> {
  const bytes = await encode(() =>
    sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate()
      .resize(LOGO_SIDE, LOGO_SIDE, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png({ compressionLevel: 9 })
      .toBuffer(),
  );
  return { bytes, mime: "image/png", extension: "png" };
}

/** An image material: WebP, animation kept, at most 4096 px on its longer side. */
export async function encodeImageMaterial(input: string | Uint8Array): Promise<EncodedFile> {
  const bytes = await encode(() =>
    sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", animated: true })
      .rotate()
      .resize(MATERIAL_MAX_SIDE, MATERIAL_MAX_SIDE, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer(),
  );
  return { bytes, mime: "image/webp", extension: "webp" };
}

/** A still frame (a video's poster) as WebP. */
export async function encodePoster(input: Uint8Array): Promise<EncodedFile> {
  const bytes = await encode(() =>
    sharp(input, { failOn: "error" })
      .resize(1920, 1920, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer(),
  );
  return { bytes, mime: "image/webp", extension: "webp" };
}

async function encode(run: () => Promise<Buffer>): Promise<Uint8Array> {
  try {
    return new Uint8Array(await run());
  } catch (error) {
    throw new AppError("upload.corrupt", `image could not be decoded: ${String(error)}`);
  }
}
