/**
 * Sizes and names in refusals, readable in both languages. Error params are filled
 * into the message as they are, so each value that differs between languages comes
 * twice: `size` for English and `sizeRu` for Russian.
 */

const units = {
  en: ["KB", "MB", "GB", "TB"],
  ru: ["КБ", "МБ", "ГБ", "ТБ"],
} as const;

const byteWords = {
  en: { one: "byte", other: "bytes" },
  ru: { one: "байт", few: "байта", other: "байт" },
} as const;

/** A size as people read it: "12.5 MB" in English, "12,5 МБ" in Russian (powers of 1024). */
export function formatBytes(bytes: number, locale: "en" | "ru"): string {
  const whole = Math.max(0, Math.round(bytes));
  if (whole < 1024) {
    const form = new Intl.PluralRules(locale).select(whole);
    const words: Record<string, string> = byteWords[locale];
    return `${new Intl.NumberFormat(locale).format(whole)} ${words[form] ?? words.other}`;
  }
  let value = whole / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.en.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  return `${number} ${units[locale][unit]}`;
}

/** `{ [name]: English, [name + "Ru"]: Russian }`, for one error param. */
export function bilingualParam(name: string, en: string, ru: string): Record<string, string> {
  return { [name]: en, [`${name}Ru`]: ru };
}

/** A size param in both languages. */
export function sizeParam(name: string, bytes: number): Record<string, string> {
  return bilingualParam(name, formatBytes(bytes, "en"), formatBytes(bytes, "ru"));
}
