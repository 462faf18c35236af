/** Finished uploads attached to an exhibitor: its logo, its video presentation, material files. */
import type { ApiServices } from "../../context.ts";
import { acceptUpload } from "../../uploads/index.ts";
import { inTransaction } from "../floor/placement.ts";
import { changeDraft, loadDraft } from "./draft.ts";
import { releaseUnusedFiles } from "./file-usage.ts";
import { addMaterial, type MaterialTexts } from "./materials.ts";

/** Who attaches which upload to which exhibitor. */
export interface Attachment {
  userId: string;
  exhibitorId: string;
  uploadId: string;
}

/** Replaces the draft's logo or uploaded video with `fileId` (null: removes it), releasing the old file. */
async function replaceDraftFile(
  services: ApiServices,
  exhibitorId: string,
  column: "logo_file_id" | "video_file_id",
  fileId: string | null,
): Promise<void> {
  await inTransaction(services.db, async (trx) => {
    const previous = (await loadDraft(trx, exhibitorId))[column];
    await changeDraft(trx, exhibitorId, { [column]: fileId }, services.now());
    if (previous !== fileId) await releaseUnusedFiles(trx, exhibitorId, [previous]);
  });
}

/** Checks and keeps an uploaded image as the draft's logo. */
export async function setDraftLogo(services: ApiServices, attachment: Attachment): Promise<void> {
  const kept = await acceptUpload(services, { ...attachment, purpose: "logo" });
  await replaceDraftFile(services, attachment.exhibitorId, "logo_file_id", kept.fileId);
}

/** Checks and keeps an uploaded video as the draft's video presentation. */
export async function setDraftVideo(services: ApiServices, attachment: Attachment): Promise<void> {
  const kept = await acceptUpload(services, { ...attachment, purpose: "video" });
  await replaceDraftFile(services, attachment.exhibitorId, "video_file_id", kept.fileId);
}

/** Removes the uploaded video presentation from the draft (a video link stays). */
export async function clearDraftVideo(services: ApiServices, exhibitorId: string): Promise<void> {
  await replaceDraftFile(services, exhibitorId, "video_file_id", null);
}

/** Checks and keeps an uploaded file as a new material (waiting for approval); returns its id. */
export async function addFileMaterial(
  services: ApiServices,
  attachment: Attachment,
  texts: MaterialTexts,
): Promise<string> {
  const kept = await acceptUpload(services, { ...attachment, purpose: "material" });
  // A material is never a model or a panorama: the material purpose does not accept them.
  if (kept.kind === "model" || kept.kind === "panorama") throw new Error(`a ${kept.kind} is not a material`);
  const material = { kind: kept.kind, fileId: kept.fileId, fileName: kept.originalName };
  return addMaterial(services.db, attachment.exhibitorId, material, texts, services.now());
}
