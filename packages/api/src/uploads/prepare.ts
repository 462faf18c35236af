/**
 * From an uploaded file to what we would keep: identified by its bytes, within its
 * size limit, images re-encoded, videos probed and rewritten with a poster frame.
 * Nothing is stored here; big files stay on disk.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { AppError } from "../errors.ts";
import { withExtension } from "./file-name.ts";
import type { UploadPurpose } from "./formats.ts";
import { encodeImageMaterial, encodeLogo, encodePoster } from "./images.ts";
import type { UploadKind, UploadLimits } from "./limits.ts";
import { sizeParam } from "./sizes.ts";
import { identifyUpload } from "./sniff.ts";
import { grabFrame, probeVideo, remuxVideo } from "./videos.ts";

/** One file to keep: bytes in memory (small, made by us) or a file on disk (big). */
export interface Piece {
  /** SHA-256 of the content, which will be its file id. */
  id: string;
  size: number;
  mime: string;
  content: { bytes: Uint8Array } | { path: string };
}

/** What an upload becomes once checked. */
export interface PreparedUpload {
  kind: UploadKind;
  main: Piece;
  /** A video's still frame. */
  poster: Piece | null;
  durationMs: number | null;
  /** The sanitised name, its extension matching what is kept. */
  originalName: string;
}

export interface UploadToPrepare {
  /** The uploaded bytes on disk. */
  path: string;
  purpose: UploadPurpose;
  /** Sanitised. */
  originalName: string;
  limits: UploadLimits;
  /** A folder of our own for files made on the way (removed by the caller). */
  workDir: string;
}

/** Checks the uploaded file and makes what would be kept; throws AppError upload.*. */
export async function prepareUpload(upload: UploadToPrepare): Promise<PreparedUpload> {
  const { size } = await stat(upload.path);
  if (size === 0) throw new AppError("upload.empty");
  const format = await identifyUpload(upload.path, upload.purpose);
  const limit = upload.limits[format.kind];
  if (size > limit) {
    throw new AppError("upload.tooLarge", `${size} > ${limit}`, {
      ...sizeParam("size", size),
      ...sizeParam("limit", limit),
    });
  }
  const base = { kind: format.kind, poster: null, durationMs: null };
  switch (format.kind) {
    case "image": {
      const encoded =
        upload.purpose === "logo" ? await encodeLogo(upload.path) : await encodeImageMaterial(upload.path);
      return {
        ...base,
        main: bytesPiece(encoded.bytes, encoded.mime),
        originalName: withExtension(upload.originalName, encoded.extension),
      };
    }
    case "pdf":
    case "slides":
      return {
        ...base,
        main: await filePiece(upload.path, format.mime),
        originalName: withExtension(upload.originalName, format.extension),
      };
    case "video":
      return prepareVideo(upload, format.mime);
    case "model":
    case "panorama":
      // Kept by their own pipelines (uploads/models, uploads/panoramas), never as plain files.
      throw new Error(`${format.kind} uploads are prepared by their own pipeline`);
    default: {
      const unknownKind: never = format.kind;
      throw new Error(`unknown upload kind ${String(unknownKind)}`);
    }
  }
}

async function prepareVideo(upload: UploadToPrepare, mime: string): Promise<PreparedUpload> {
  const probed = await probeVideo(upload.path, mime);
  const rewritten = path.join(upload.workDir, `video.${probed.container}`);
  await remuxVideo(upload.path, rewritten, probed);
  const poster = await encodePoster(await grabFrame(rewritten, probed.durationMs));
  return {
    kind: "video",
    main: await filePiece(rewritten, `video/${probed.container}`),
    poster: bytesPiece(poster.bytes, poster.mime),
    durationMs: probed.durationMs,
    originalName: withExtension(upload.originalName, probed.container),
  };
}

export function bytesPiece(bytes: Uint8Array, mime: string): Piece {
  const id = createHash("sha256").update(bytes).digest("hex");
  return { id, size: bytes.byteLength, mime, content: { bytes } };
}

/** Hashes the file as a stream: a video may be far larger than we would hold in memory. */
export async function filePiece(file: string, mime: string): Promise<Piece> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).byteLength;
  }
  return { id: hash.digest("hex"), size, mime, content: { path: file } };
}
