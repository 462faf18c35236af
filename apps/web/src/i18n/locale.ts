/** The two languages of the site and the choices around them, as plain functions. */
import type { BilingualText } from "@pavilion/schema";

export type Locale = "ru" | "en";

export const defaultLocale: Locale = "ru";

/** Where the visitor's explicit language choice is remembered. */
export const localeStorageKey = "pavilion.locale";

export function isLocale(value: unknown): value is Locale {
  return value === "ru" || value === "en";
}

export function otherLocale(locale: Locale): Locale {
  return locale === "ru" ? "en" : "ru";
}

/** The language to start in: the remembered choice, else Russian. */
export function initialLocale(stored: string | null | undefined): Locale {
  return isLocale(stored) ? stored : defaultLocale;
}

/** Text in the wanted language, or in the other one when the wanted one is empty. */
export function pickText(text: BilingualText | null | undefined, locale: Locale): string {
  if (!text) return "";
  const wanted = text[locale].trim();
  return wanted !== "" ? wanted : text[otherLocale(locale)].trim();
}

/** The BCP 47 tag Intl formats with: British English keeps the 24-hour clock and day-first dates. */
export function intlTag(locale: Locale): string {
  return locale === "ru" ? "ru-RU" : "en-GB";
}

export interface LocaleDecision {
  /** Show the site in this language (not remembered as the visitor's own choice). */
  ui?: Locale;
  /** Save this language on the account. */
  account?: Locale;
}

/**
 * What to do when a signed-in account and the browser disagree on the language:
 * a choice made in this browser wins and is saved on the account; without one,
 * the site follows the account.
 */
export function reconcileLocale(input: {
  stored: Locale | null;
  current: Locale;
  account: Locale;
}): LocaleDecision {
  if (input.stored) return input.stored === input.account ? {} : { account: input.stored };
  return input.current === input.account ? {} : { ui: input.account };
}
