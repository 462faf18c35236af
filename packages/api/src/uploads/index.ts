/** Uploaded files: from the resumable-upload inbox, checked by their bytes, to kept exhibitor files. */
export {
  createTusFileStore,
  createUploadInbox,
  type InboxUpload,
  UPLOAD_EXPIRY_MS,
  type UploadInbox,
  type UploadMetadata,
} from "./inbox.ts";
export { DEFAULT_QUOTA_BYTES, defaultUploadLimits, type UploadKind, type UploadLimits } from "./limits.ts";
