/** Text in both languages of the platform. */
export interface Bilingual {
  ru: string;
  en: string;
}

/** Shorthand for a Russian/English pair in the word lists. */
export const pair = (ru: string, en: string): Bilingual => ({ ru, en });

/** Joins pairs language by language. */
export function joinPairs(items: readonly Bilingual[], separator: string): Bilingual {
  return {
    ru: items.map((item) => item.ru).join(separator),
    en: items.map((item) => item.en).join(separator),
  };
}
