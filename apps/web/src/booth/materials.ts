/** How a booth's materials read on the card: file type and size, the icon, what the visitor can do. */
import type { BoothPage } from "@pavilion/schema";
import { intlTag, type Locale } from "../i18n/locale.ts";
import type { BoothIconName } from "./BoothIcon.tsx";
import { materialHref, webLink } from "./links.ts";

export type Material = BoothPage["materials"][number];
export type MaterialKind = Material["kind"];

const units = {
  en: ["bytes", "KB", "MB", "GB", "TB"],
  ru: ["байт", "КБ", "МБ", "ГБ", "ТБ"],
} as const;

/** "2.4 MB" / "2,4 МБ" (powers of 1024, as the upload limits are written). */
export function formatFileSize(bytes: number, locale: Locale): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.en.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: digits }).format(value);
  return `${number} ${units[locale][unit]}`;
}

/** The icon of each kind of material. */
export function materialIcon(kind: MaterialKind): BoothIconName {
  switch (kind) {
    case "pdf":
      return "pdf";
    case "image":
      return "image";
    case "video":
      return "video";
    case "slides":
      return "slides";
    case "link":
      return "link";
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/**
 * The file type people recognise: the file's extension ("PDF", "PPTX", "JPG") when
 * it has a short one, else `kindLabel` (the kind's name in the page's language).
 */
export function fileTypeLabel(fileName: string | null, kindLabel: string): string {
  const extension = fileName?.match(/\.([a-z0-9]{1,5})$/i)?.[1];
  return extension ? extension.toUpperCase() : kindLabel;
}

/** What a material's card offers: a download of a file, a link to open, or nothing yet. */
export type MaterialAction =
  | { type: "download"; href: string }
  | { type: "open"; href: string; host: string }
  | { type: "none" };

/** Files on this site are downloaded (the `download` attribute); links open in a new tab. */
export function materialAction(material: Pick<Material, "kind" | "url">): MaterialAction {
  const target = materialHref(material.url);
  if (!target) return { type: "none" };
  if (material.kind === "link" || target.external) {
    const host = (webLink(target.href)?.label.split("/")[0] ?? "").replace(/^www\./, "");
    return { type: "open", href: target.href, host };
  }
  return { type: "download", href: target.href };
}

/** Whether the card can show the material itself, larger, in a dialog (images and videos on this site). */
export function viewable(material: Pick<Material, "kind" | "viewUrl">): boolean {
  if (material.kind !== "image" && material.kind !== "video") return false;
  return materialHref(material.viewUrl)?.external === false;
}

/**
 * The card's small print: "PDF · 2.4 MB", "Link · example.org", or only the type
 * when the size is unknown.
 */
export function materialMeta(material: Material, kindLabel: string, locale: Locale): string {
  const action = materialAction(material);
  if (material.kind === "link") {
    return action.type === "open" && action.host ? `${kindLabel} · ${action.host}` : kindLabel;
  }
  const type = fileTypeLabel(material.fileName, kindLabel);
  return material.size !== null && material.size > 0
    ? `${type} · ${formatFileSize(material.size, locale)}`
    : type;
}
