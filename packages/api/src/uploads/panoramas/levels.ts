/**
 * An equirectangular photo made into the widths a viewer picks from: checked to be 2:1 and
 * wide enough, then re-encoded (our own pixels, no metadata) at each level width it reaches.
 */
import { PANORAMA_LEVEL_WIDTHS, PANORAMA_MIN_WIDTH, PANORAMA_RATIO_TOLERANCE } from "@pavilion/schema";
import sharp from "sharp";
import { AppError } from "../../errors.ts";
import { bytesPiece, type Piece } from "../prepare.ts";

/** One width of a panorama, ready to keep. */
export interface PanoramaLevelPiece {
  piece: Piece;
  width: number;
  height: number;
}

export const PANORAMA_MIME = "image/jpeg";
// A 16384×8192 photo (the largest cameras stitch) fits, with room for a 2:1 that is a little off.
const MAX_INPUT_PIXELS = Math.ceil(16384 * 8192 * 1.05);
// Progressive: the browser can show a coarse picture while a large level still loads;
// mozjpeg's trellis quantisation keeps quality 82 small.
const JPEG = { quality: 82, progressive: true, mozjpeg: true } as const;

const open = (input: string | Uint8Array) =>
  sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" });

/** The upright size of the photo; throws upload.corrupt when it cannot be read. */
async function uprightSize(input: string | Uint8Array): Promise<{ width: number; height: number }> {
  try {
    const { autoOrient } = await open(input).metadata();
    return { width: autoOrient.width, height: autoOrient.height };
  } catch (error) {
    throw new AppError("upload.corrupt", `panorama could not be read: ${String(error)}`);
  }
}

/** Throws panorama.notEquirectangular or panorama.tooSmall unless the size is a usable 2:1. */
export function assertEquirectangular(width: number, height: number): void {
  if (Math.abs(width / (2 * height) - 1) > PANORAMA_RATIO_TOLERANCE) {
    throw new AppError("panorama.notEquirectangular", `${width}×${height}`, { width, height });
  }
  if (width < PANORAMA_MIN_WIDTH) {
    throw new AppError("panorama.tooSmall", `${width} < ${PANORAMA_MIN_WIDTH}`, {
      width,
      min: PANORAMA_MIN_WIDTH,
    });
  }
}

/** The level widths a photo this wide is kept at (never wider than itself or `maxWidth`), smallest first. */
export function levelWidthsFor(sourceWidth: number, maxWidth = Number.POSITIVE_INFINITY): number[] {
  return PANORAMA_LEVEL_WIDTHS.filter((width) => width <= sourceWidth && width <= maxWidth);
}

/**
 * Checks the photo and encodes its levels as progressive JPEG, smallest first. The largest is
 * made from the photo, each smaller one from the level above it (a JPEG of a quarter of the
 * pixels, decoded with shrink-on-load), so a 16k photo is decoded once, streamed by libvips.
 * Throws panorama.notEquirectangular / panorama.tooSmall / upload.corrupt.
 */
export async function makePanoramaLevels(
  input: string | Uint8Array,
  options: { maxWidth?: number } = {},
): Promise<PanoramaLevelPiece[]> {
  const { width, height } = await uprightSize(input);
  assertEquirectangular(width, height);
  const widths = levelWidthsFor(width, options.maxWidth).reverse();
  const levels: PanoramaLevelPiece[] = [];
  let source: string | Uint8Array = input;
  for (const levelWidth of widths) {
    const bytes = await encodeLevel(source, levelWidth);
    levels.unshift({ piece: bytesPiece(bytes, PANORAMA_MIME), width: levelWidth, height: levelWidth / 2 });
    source = bytes;
  }
  return levels;
}

async function encodeLevel(source: string | Uint8Array, width: number): Promise<Uint8Array> {
  try {
    const buffer = await open(source)
      .rotate()
      .resize(width, width / 2, { fit: "fill", kernel: "lanczos3" })
      .jpeg(JPEG)
      .toBuffer();
    return new Uint8Array(buffer);
  } catch (error) {
    throw new AppError("upload.corrupt", `panorama could not be decoded: ${String(error)}`);
  }
}
