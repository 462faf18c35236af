/** Names as letters print them: in the reader's language, or the other one when that is empty. */
import type { Database, Locale } from "@pavilion/db";
import { currentExhibition } from "../exhibition/overview.ts";
import { loadDraft } from "./draft.ts";

/** The text in `locale`, falling back to the other language. */
export function inLanguage(text: { ru: string; en: string }, locale: Locale): string {
  const other = locale === "ru" ? text.en : text.ru;
  return text[locale].trim() || other;
}

/** The name the company works under: its draft's (what its team and invitees see). */
export async function companyName(db: Database, exhibitorId: string): Promise<{ ru: string; en: string }> {
  const draft = await loadDraft(db, exhibitorId);
  return { ru: draft.name_ru, en: draft.name_en };
}

/** The exhibition's name in both languages, for letters' texts and signatures. */
export async function exhibitionName(db: Database): Promise<{ ru: string; en: string }> {
  const exhibition = await currentExhibition(db);
  return { ru: exhibition.name_ru, en: exhibition.name_en };
}
