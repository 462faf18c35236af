/** Keeping a model: the optimised .glb and its preview become the exhibitor's files, with the row that uses them. */
import type { Database } from "@pavilion/db";
import type { ApiServices } from "../../context.ts";
import type { FileStorage } from "../../storage/file-storage.ts";
import type { AcceptUploadRequest } from "../accept.ts";
import { withFinishedUpload } from "../accept.ts";
import { keepPieces } from "../keep.ts";
import { bytesPiece } from "../prepare.ts";
import { type PreparedModel, prepareModel } from "./prepare-model.ts";

/** The model's files as kept. */
export interface KeptModel extends Omit<PreparedModel, "glb" | "preview"> {
  fileId: string;
  previewFileId: string;
  /** The optimised .glb's size. */
  size: number;
}

/** Writes the row that uses the kept model, inside the transaction that records its files. */
export type RecordModel = (tx: Database, kept: KeptModel) => Promise<void>;

export interface KeepModelRequest {
  exhibitorId: string;
  defaultQuotaBytes: number;
  now: Date;
}

/**
 * Stores the prepared model and its preview as the exhibitor's files ("model", "preview") and runs
 * `record` in the same transaction, so a refusal there (or over the quota) leaves nothing behind.
 */
export async function keepPreparedModel(
  db: Database,
  storage: FileStorage,
  prepared: PreparedModel,
  request: KeepModelRequest,
  record: RecordModel,
): Promise<KeptModel> {
  const model = bytesPiece(prepared.glb, "model/gltf-binary");
  const preview = bytesPiece(prepared.preview, "image/webp");
  const { glb: _glb, preview: _preview, ...facts } = prepared;
  const kept: KeptModel = { ...facts, fileId: model.id, previewFileId: preview.id, size: model.size };
  const previewName = `${prepared.originalName.replace(/\.glb$/i, "")}.preview.webp`;
  await keepPieces(
    db,
    storage,
    [
      { piece: model, purpose: "model", name: prepared.originalName },
      { piece: preview, purpose: "preview", name: previewName },
    ],
    request,
    (tx) => record(tx, kept),
  );
  return kept;
}

/**
 * Checks, optimises and keeps the caller's finished .glb upload (the inbox entry is emptied
 * whatever happens). Throws AppError upload.* / model.* or whatever `record` throws.
 */
export async function acceptModelUpload(
  services: ApiServices,
  request: Omit<AcceptUploadRequest, "purpose">,
  record: RecordModel,
): Promise<KeptModel> {
  return withFinishedUpload(services, { ...request, purpose: "model" }, async (upload) => {
    const prepared = await prepareModel({ ...upload, limits: services.config.uploads.limits });
    return keepPreparedModel(
      services.db,
      services.storage,
      prepared,
      {
        exhibitorId: request.exhibitorId,
        defaultQuotaBytes: services.config.uploads.defaultQuotaBytes,
        now: services.now(),
      },
      record,
    );
  });
}
