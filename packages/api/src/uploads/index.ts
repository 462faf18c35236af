/** Uploaded files: from the resumable-upload inbox, checked by their bytes, to kept exhibitor files. */
export { type AcceptUploadRequest, acceptUpload, type FinishedUpload, withFinishedUpload } from "./accept.ts";
export { sanitizeFileName } from "./file-name.ts";
export {
  acceptedLabels,
  isUploadPurpose,
  kindsFor,
  largestLimitFor,
  type UploadPurpose,
  uploadPurposes,
} from "./formats.ts";
export {
  createTusFileStore,
  createUploadInbox,
  type InboxUpload,
  UPLOAD_EXPIRY_MS,
  type UploadInbox,
  type UploadMetadata,
} from "./inbox.ts";
export { type KeptFile, keepPieces, type NamedPiece } from "./keep.ts";
export { DEFAULT_QUOTA_BYTES, defaultUploadLimits, type UploadKind, type UploadLimits } from "./limits.ts";
export { bytesPiece, filePiece, type Piece } from "./prepare.ts";
export { quotaOf, releaseExhibitorFile } from "./quota.ts";
export { formatBytes, sizeParam } from "./sizes.ts";
