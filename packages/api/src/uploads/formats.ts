/**
 * Which formats we keep, told apart by their bytes: the kinds of file each upload
 * purpose accepts and the names a person reads in a refusal.
 */
import type { UploadKind } from "./limits.ts";

/** What an upload is for; each purpose accepts some kinds of file. */
export type UploadPurpose = "logo" | "material" | "video" | "model" | "panorama";

export const uploadPurposes: readonly UploadPurpose[] = ["logo", "material", "video", "model", "panorama"];

/** A format we accept, keyed by the media type file-type reports. */
export interface AcceptedFormat {
  mime: string;
  kind: UploadKind;
  /** The name people know it by, the same in Russian and English. */
  label: string;
  /** The file name extension it goes by. */
  extension: string;
}

const accepted: readonly AcceptedFormat[] = [
  { mime: "image/jpeg", kind: "image", label: "JPEG", extension: "jpg" },
  { mime: "image/png", kind: "image", label: "PNG", extension: "png" },
  { mime: "image/apng", kind: "image", label: "PNG", extension: "png" },
  { mime: "image/webp", kind: "image", label: "WebP", extension: "webp" },
  { mime: "image/gif", kind: "image", label: "GIF", extension: "gif" },
  { mime: "image/avif", kind: "image", label: "AVIF", extension: "avif" },
  { mime: "application/pdf", kind: "pdf", label: "PDF", extension: "pdf" },
  {
    mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    kind: "slides",
    label: "PPTX",
    extension: "pptx",
  },
  { mime: "application/vnd.oasis.opendocument.presentation", kind: "slides", label: "ODP", extension: "odp" },
  { mime: "video/mp4", kind: "video", label: "MP4", extension: "mp4" },
  { mime: "video/x-m4v", kind: "video", label: "MP4", extension: "mp4" },
  { mime: "video/webm", kind: "video", label: "WebM", extension: "webm" },
  { mime: "video/quicktime", kind: "video", label: "MOV", extension: "mov" },
  { mime: "model/gltf-binary", kind: "model", label: "glTF (.glb)", extension: "glb" },
];

/** A panorama is a JPEG or WebP photo; the same bytes as an image, kept by other rules. */
const panoramaFormats: ReadonlyMap<string, AcceptedFormat> = new Map(
  [
    { mime: "image/jpeg", label: "JPEG", extension: "jpg" },
    { mime: "image/webp", label: "WebP", extension: "webp" },
  ].map((format) => [format.mime, { ...format, kind: "panorama" as const }]),
);

const byMime = new Map(accepted.map((format) => [format.mime, format]));

/** The kinds of file each purpose takes. */
export const kindsFor: Record<UploadPurpose, readonly UploadKind[]> = {
  logo: ["image"],
  video: ["video"],
  material: ["image", "pdf", "slides", "video"],
  model: ["model"],
  panorama: ["panorama"],
};

/** The accepted format of this media type for the purpose, if it is one we keep. */
export function acceptedFormat(mime: string, purpose?: UploadPurpose): AcceptedFormat | undefined {
  if (purpose === "panorama") return panoramaFormats.get(mime) ?? byMime.get(mime);
  return byMime.get(mime);
}

/** True when a file of this kind may be uploaded for the purpose. */
export function purposeAccepts(purpose: UploadPurpose, kind: UploadKind): boolean {
  return kindsFor[purpose].includes(kind);
}

/** "JPEG, PNG, WebP, GIF, AVIF" and so on: what a purpose accepts, for a refusal. */
export function acceptedLabels(purpose: UploadPurpose): string {
  const formats = purpose === "panorama" ? [...panoramaFormats.values()] : accepted;
  const labels = formats.filter((format) => purposeAccepts(purpose, format.kind)).map((f) => f.label);
  return [...new Set(labels)].join(", ");
}

/** The largest size any accepted kind of the purpose may have, in bytes. */
export function largestLimitFor(purpose: UploadPurpose, limits: Record<UploadKind, number>): number {
  return Math.max(...kindsFor[purpose].map((kind) => limits[kind]));
}

/** True when the text is one of the upload purposes. */
export function isUploadPurpose(value: unknown): value is UploadPurpose {
  return typeof value === "string" && (uploadPurposes as readonly string[]).includes(value);
}
