/** The titles and descriptions of models and panoramas as their forms hold them. */
import type { Locale } from "../../i18n/locale.ts";
import type { AppErrorInfo } from "../../lib/errors.ts";
import type { Bilingual } from "../forms/BilingualField.tsx";
import { titleFromFileName } from "../upload/files.ts";

export const emptyText = (): Bilingual => ({ ru: "", en: "" });

const isEmpty = (text: Bilingual) => text.ru.trim() === "" && text.en.trim() === "";

/** The title as given, or the file's name (in the person's language) when none was given. */
export function titleOrFileName(title: Bilingual, fileName: string, locale: Locale): Bilingual {
  if (!isEmpty(title)) return title;
  return { ...emptyText(), [locale]: titleFromFileName(fileName) || fileName };
}

/** A saved model or panorama keeps a title in at least one language. */
export function missingTitle(title: Bilingual): AppErrorInfo | null {
  if (!isEmpty(title)) return null;
  return { code: "immersive.titleRequired", fields: { "title.ru": { code: "oneLanguageRequired" } } };
}
