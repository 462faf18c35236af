/** A booth's name for people: the visitor's language, the other one when empty, a placeholder last. */
import type { BilingualText } from "@pavilion/schema";
import { type Locale, pickText } from "../i18n/locale.ts";

/** The name in `locale`, else in the other language, else `fallback` ("Unnamed booth"). */
export function boothName(name: BilingualText | null | undefined, locale: Locale, fallback: string): string {
  return pickText(name, locale) || fallback;
}

/**
 * Shortens text to at most `max` characters, cutting at a word boundary when one is
 * near and ending with "…", for places CSS cannot clamp (the tab title).
 */
export function clampText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(" ");
  const head = space >= cut.length * 0.6 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,.;:–—-]+$/, "")}…`;
}

/** The language `boothName` ends up in when it falls back, for `lang` (undefined: the page's own). */
export function boothNameLang(name: BilingualText | null | undefined, locale: Locale): Locale | undefined {
  if (!name) return undefined;
  if (name[locale].trim() !== "") return undefined;
  const other = locale === "ru" ? "en" : "ru";
  return name[other].trim() !== "" ? other : undefined;
}
