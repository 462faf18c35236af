/** Accepting a finished resumable upload: checked by its bytes, then kept as the exhibitor's file. */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import type { ApiServices } from "../context.ts";
import { AppError } from "../errors.ts";
import { sanitizeFileName } from "./file-name.ts";
import type { UploadPurpose } from "./formats.ts";
import type { InboxUpload } from "./inbox.ts";
import { type KeptFile, keepPrepared } from "./keep.ts";
import { prepareUpload } from "./prepare.ts";

export interface AcceptUploadRequest {
  uploadId: string;
  /** The signed-in caller; only their own uploads can be accepted. */
  userId: string;
  exhibitorId: string;
  purpose: UploadPurpose;
}

/**
 * Checks a finished upload by its bytes and keeps it as the exhibitor's file; always
 * empties the inbox entry unless the upload is merely incomplete (so the browser can
 * resume). Throws AppError upload.*.
 */
export async function acceptUpload(services: ApiServices, request: AcceptUploadRequest): Promise<KeptFile> {
  return withFinishedUpload(services, request, async (upload) => {
    const prepared = await prepareUpload({ ...upload, limits: services.config.uploads.limits });
    return keepPrepared(services.db, services.storage, prepared, {
      exhibitorId: request.exhibitorId,
      purpose: request.purpose,
      defaultQuotaBytes: services.config.uploads.defaultQuotaBytes,
      now: services.now(),
    });
  });
}

/** A finished upload of the caller's, on disk, with a work folder of its own. */
export interface FinishedUpload {
  /** The uploaded bytes on disk. */
  path: string;
  purpose: UploadPurpose;
  /** Sanitised. */
  originalName: string;
  /** Removed afterwards, with everything in it. */
  workDir: string;
}

/**
 * Runs `work` on the caller's finished upload, then empties the inbox entry and the work
 * folder whatever happens (unless the upload is merely incomplete, so the browser can resume).
 * Throws upload.gone / upload.incomplete; `work` throws the rest.
 */
export async function withFinishedUpload<T>(
  services: ApiServices,
  request: AcceptUploadRequest,
  work: (upload: FinishedUpload) => Promise<T>,
): Promise<T> {
  const upload = await services.uploads.get(request.uploadId);
  // Someone else's upload looks exactly like none at all, and is left alone.
  if (!upload || !belongsTo(upload, request)) throw new AppError("upload.gone");
  if (upload.size === null || upload.offset < upload.size) throw new AppError("upload.incomplete");
  const workRoot = path.join(services.uploads.directory, ".work");
  await mkdir(workRoot, { recursive: true });
  const workDir = await mkdtemp(path.join(workRoot, "accept-"));
  try {
    return await work({
      path: upload.path,
      purpose: request.purpose,
      originalName: sanitizeFileName(upload.metadata.filename ?? ""),
      workDir,
    });
  } finally {
    await services.uploads.remove(upload.id);
    await rm(workDir, { recursive: true, force: true });
  }
}

function belongsTo(upload: InboxUpload, request: AcceptUploadRequest): boolean {
  const { metadata } = upload;
  return (
    metadata.userId === request.userId &&
    metadata.exhibitorId === request.exhibitorId &&
    metadata.purpose === request.purpose
  );
}
