/**
 * Plain facts about uploads the cabinet shows before and while sending a file:
 * which kind a file is, which limit applies, sizes written for people, and the
 * upload id and error text a tus upload leaves behind.
 */
import type { CabinetOverview } from "@pavilion/schema";
import { intlTag, type Locale } from "../../i18n/locale.ts";

/** What an upload is for; the server checks the file against it again. */
export type UploadPurpose = "logo" | "material" | "video" | "model" | "panorama";
export type UploadKind = keyof CabinetOverview["limits"];

const imageTypes = ["image/png", "image/jpeg", "image/webp", "image/gif", "image/avif"];
/** A panorama is a photo: JPEG or WebP only. */
const panoramaTypes = ["image/jpeg", "image/webp"];
const modelType = "model/gltf-binary";
const videoTypes = ["video/mp4", "video/webm", "video/quicktime"];
const slidesTypes = [
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.presentation",
];
const extensions: Record<string, UploadKind> = {
  png: "image",
  jpg: "image",
  jpeg: "image",
  webp: "image",
  gif: "image",
  avif: "image",
  pdf: "pdf",
  pptx: "slides",
  odp: "slides",
  mp4: "video",
  webm: "video",
  mov: "video",
  glb: "model",
};

/** The `accept` attribute of the file input for each purpose. */
export const acceptFor: Record<UploadPurpose, string> = {
  logo: imageTypes.join(","),
  video: [...videoTypes, ".mov"].join(","),
  material: [...imageTypes, "application/pdf", ...slidesTypes, ".pptx", ".odp", ...videoTypes, ".mov"].join(
    ",",
  ),
  model: `.glb,${modelType}`,
  panorama: panoramaTypes.join(","),
};

/** The kinds of file each purpose takes. */
export const kindsFor: Record<UploadPurpose, readonly UploadKind[]> = {
  logo: ["image"],
  video: ["video"],
  material: ["image", "pdf", "slides", "video"],
  model: ["model"],
  panorama: ["panorama"],
};

/** The formats each purpose takes, as people know them, for the "not accepted" message. */
export const acceptedLabels: Record<UploadPurpose, string> = {
  logo: "PNG, JPEG, WebP, GIF, AVIF",
  video: "MP4, WebM, MOV",
  material: "PDF, PPTX, ODP, PNG, JPEG, WebP, GIF, AVIF, MP4, WebM, MOV",
  model: "glTF binary (.glb)",
  panorama: "JPEG, WebP",
};

/**
 * The kind a file looks like by its type or name; null when it is none we take. For
 * a panorama, a JPEG or WebP photo is a "panorama" (the same bytes as an image).
 */
export function uploadKindOf(
  file: { name: string; type: string },
  purpose?: UploadPurpose,
): UploadKind | null {
  const kind = kindByTypeOrName(file);
  if (purpose === "panorama" && kind === "image") return isPanoramaPhoto(file) ? "panorama" : "image";
  return kind;
}

function isPanoramaPhoto(file: { name: string; type: string }): boolean {
  if (file.type) return panoramaTypes.includes(file.type);
  return /\.(jpe?g|webp)$/i.test(file.name);
}

function kindByTypeOrName(file: { name: string; type: string }): UploadKind | null {
  if (file.type === modelType) return "model";
  if (imageTypes.includes(file.type)) return "image";
  if (videoTypes.includes(file.type)) return "video";
  if (file.type === "application/pdf") return "pdf";
  if (slidesTypes.includes(file.type)) return "slides";
  const extension = file.name.toLowerCase().split(".").pop() ?? "";
  return extensions[extension] ?? null;
}

/**
 * The size limit that applies to this file for the purpose: its kind's limit, or
 * the largest of the purpose when the kind cannot be told (the server decides then).
 */
export function limitFor(
  file: { name: string; type: string },
  purpose: UploadPurpose,
  limits: CabinetOverview["limits"],
): number {
  const kind = uploadKindOf(file, purpose);
  if (kind && kindsFor[purpose].includes(kind)) return limits[kind];
  return Math.max(...kindsFor[purpose].map((each) => limits[each]));
}

/** Why a file cannot be sent, found before sending it (the server checks again). */
export type FileProblem =
  | { code: "upload.empty" }
  | { code: "upload.typeNotAllowed" }
  | { code: "upload.tooLarge"; size: number; limit: number }
  | { code: "upload.quotaExceeded"; size: number; remaining: number; quota: number };

/** The first reason this file cannot be uploaded for the purpose, or null when it may go. */
export function fileProblem(
  file: { name: string; type: string; size: number },
  purpose: UploadPurpose,
  limits: CabinetOverview["limits"],
  quota: CabinetOverview["quota"],
): FileProblem | null {
  if (file.size === 0) return { code: "upload.empty" };
  const kind = uploadKindOf(file, purpose);
  if (!kind || !kindsFor[purpose].includes(kind)) return { code: "upload.typeNotAllowed" };
  const limit = limits[kind];
  if (file.size > limit) return { code: "upload.tooLarge", size: file.size, limit };
  const remaining = Math.max(0, quota.quotaBytes - quota.usedBytes);
  if (file.size > remaining) {
    return { code: "upload.quotaExceeded", size: file.size, remaining, quota: quota.quotaBytes };
  }
  return null;
}

const units = {
  en: ["B", "KB", "MB", "GB"],
  ru: ["Б", "КБ", "МБ", "ГБ"],
} as const;

/** The unit (power of 1024) a size reads best in; what rounds up to 1024 of one is 1 of the next. */
function unitOf(bytes: number): number {
  let unit = 0;
  while (unit < 3 && Math.abs(bytes) >= 1024 ** (unit + 1)) unit += 1;
  if (unit < 3 && Math.round(Math.abs(bytes) / 1024 ** unit) >= 1024) unit += 1;
  return unit;
}

function amount(bytes: number, unit: number, locale: Locale): string {
  const value = bytes / 1024 ** unit;
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: digits }).format(value);
}

/** "12.3 MB" / "12,3 МБ". */
export function formatBytes(bytes: number, locale: Locale): string {
  const unit = unitOf(bytes);
  return `${amount(bytes, unit, locale)}\u00a0${units[locale][unit]}`;
}

/**
 * The two numbers of "12.3 of 80 MB": both in the unit of the total, so they
 * compare at a glance; the words around them come from the catalogue.
 */
export function progressAmounts(
  sent: number,
  total: number,
  locale: Locale,
): { sent: string; total: string } {
  const unit = unitOf(total);
  return { sent: amount(sent, unit, locale), total: formatBytes(total, locale) };
}

/** Whole per cent sent, never 100 before the last byte. */
export function percentOf(sent: number, total: number): number {
  if (total <= 0) return 0;
  if (sent >= total) return 100;
  return Math.min(99, Math.floor((sent / total) * 100));
}

/** The upload's id for the API: the last path segment of the tus upload URL. */
export function uploadIdFromUrl(url: string): string {
  const path = url.split(/[?#]/)[0] ?? "";
  const last = path.split("/").filter(Boolean).pop() ?? "";
  return decodeURIComponent(last);
}

/**
 * The server's words from a failed tus request: its response body, plain text or
 * JSON with a `message`; null when no answer came (a network failure).
 */
export function tusErrorText(error: unknown): string | null {
  const response = (error as { originalResponse?: { getBody(): string } | null } | null)?.originalResponse;
  const body = response?.getBody().trim();
  if (!body) return null;
  if (body.startsWith("{")) {
    try {
      const parsed = JSON.parse(body) as { message?: unknown; error?: { message?: unknown } };
      const message = parsed.message ?? parsed.error?.message;
      if (typeof message === "string" && message.trim()) return message.trim();
    } catch {
      // not JSON after all: show it as it is
    }
  }
  return body;
}

/** A file name without its extension, as a first title for a material. */
export function titleFromFileName(name: string): string {
  const base = name.replace(/\.[^.]{1,8}$/, "");
  return base.replace(/[_]+/g, " ").trim().slice(0, 200);
}
