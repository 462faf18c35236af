/** How large each kind of file may be, and how much an exhibitor may keep. */

/** The kinds of uploaded file we accept, as told by their bytes. */
export type UploadKind = "image" | "pdf" | "slides" | "video" | "model" | "panorama";
export type UploadLimits = Record<UploadKind, number>;

const MiB = 1024 * 1024;

export const defaultUploadLimits: UploadLimits = {
  image: 20 * MiB,
  pdf: 50 * MiB,
  slides: 100 * MiB,
  video: 500 * MiB,
  /** A glTF binary as uploaded, before we optimise it. */
  model: 50 * MiB,
  /** An equirectangular photo as uploaded (a 16k JPEG fits). */
  panorama: 64 * MiB,
};

/** Storage per exhibitor unless its row says otherwise. */
export const DEFAULT_QUOTA_BYTES = 1024 * MiB;
