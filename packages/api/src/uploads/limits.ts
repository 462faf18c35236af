/** How large each kind of file may be, and how much an exhibitor may keep. */

/** The kinds of uploaded file we accept, as told by their bytes. */
export type UploadKind = "image" | "pdf" | "slides" | "video";
export type UploadLimits = Record<UploadKind, number>;

const MiB = 1024 * 1024;

export const defaultUploadLimits: UploadLimits = {
  image: 20 * MiB,
  pdf: 50 * MiB,
  slides: 100 * MiB,
  video: 500 * MiB,
};

/** Storage per exhibitor unless its row says otherwise. */
export const DEFAULT_QUOTA_BYTES = 1024 * MiB;
