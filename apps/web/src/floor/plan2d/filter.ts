/** The plan's list of booths: sorted by name in the visitor's language and filtered as they type. */
import type { FloorBooth } from "@pavilion/schema";
import { boothName } from "../../booth/names.ts";
import { intlTag, type Locale } from "../../i18n/locale.ts";

export interface ListedBooth {
  booth: FloorBooth;
  /** The name shown (visitor's language, else the other one, else the placeholder). */
  name: string;
  /** Both names, folded for matching. */
  key: string;
}

/** Lower case, "ё" as "е", accents and runs of spaces dropped, so "Ёлка  École" finds "елка ecole". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .normalize("NFKD")
    .replace(/[\u0300-\u0305\u0307-\u036f]/g, "")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();
}

/** Every booth once, alphabetically by the name the visitor reads. */
export function listBooths(booths: readonly FloorBooth[], locale: Locale, unnamed: string): ListedBooth[] {
  const collator = new Intl.Collator(intlTag(locale), { sensitivity: "base", numeric: true });
  const seen = new Set<string>();
  const listed: ListedBooth[] = [];
  for (const booth of booths) {
    if (seen.has(booth.id)) continue;
    seen.add(booth.id);
    const name = boothName(booth.name, locale, unnamed);
    listed.push({ booth, name, key: fold(`${booth.name.ru} ${booth.name.en}`) });
  }
  return listed.sort((a, b) => collator.compare(a.name, b.name));
}

/** The booths whose name (in either language) holds every word of the query. */
export function filterBooths(listed: readonly ListedBooth[], query: string): readonly ListedBooth[] {
  const words = fold(query).split(" ").filter(Boolean);
  if (words.length === 0) return listed;
  return listed.filter((item) => words.every((word) => item.key.includes(word)));
}
