/** Invented, unique, bilingual organisation names with slugs and initials for logos. */
import type { Bilingual } from "./bilingual.ts";
import type { FloorKey } from "./exhibition.ts";
import { type Gender, NAME_KINDS, type NameKind } from "./name-kinds.ts";
import type { Random } from "./random.ts";
import { BRANDS, PLACES, TECH_PREFIXES, TECH_SUFFIXES, TOWNS } from "./words.ts";

export interface OrganisationName {
  name: Bilingual;
  slug: string;
  /** Two or three Latin letters for the logo monogram. */
  initials: string;
}

const SMALL_WORDS = new Set(["of", "and", "the", "for"]);
const MAX_ATTEMPTS = 10_000;

/** Makes a URL slug from an English name: lower case, words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The monogram letters of an English name: initials of its first significant words. */
export function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((word) => word !== "" && !SMALL_WORDS.has(word.toLowerCase()));
  const first = words[0] ?? "?";
  if (words.length === 1) return first.slice(0, 2).toUpperCase();
  return words
    .slice(0, words.length >= 3 ? 3 : 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join("");
}

/** Draws `count` names for a floor that none of `taken` (slugs) already uses; adds them to it. */
export function drawNames(random: Random, floor: FloorKey, count: number, taken: Set<string>) {
  const names: OrganisationName[] = [];
  for (let attempt = 0; names.length < count; attempt++) {
    if (attempt > MAX_ATTEMPTS) throw new Error(`Ran out of demo names for the ${floor} floor`);
    const name = composeName(random, random.pick(NAME_KINDS[floor]));
    const slug = slugify(name.en);
    if (taken.has(slug)) continue;
    taken.add(slug);
    names.push({ name, slug, initials: initialsOf(name.en) });
  }
  return names;
}

function composeName(random: Random, kind: NameKind): Bilingual {
  switch (kind.pattern) {
    case "place": {
      const where = random.pick(PLACES);
      const field = random.pick(kind.fields);
      return {
        ru: `${agree(where.ru, kind.gender)} ${kind.noun.ru} ${field.ru}`,
        en: `${where.en} ${kind.noun.en} ${field.en}`,
      };
    }
    case "brand": {
      const brand = random.pick(BRANDS);
      return { ru: `${kind.noun.ru} «${brand.ru}»`, en: `${brand.en} ${kind.noun.en}` };
    }
    case "tech": {
      const prefix = random.pick(TECH_PREFIXES);
      const suffix = random.pick(TECH_SUFFIXES);
      return {
        ru: `${kind.noun.ru} «${prefix.ru}${suffix.ru}»`,
        en: `${prefix.en}${suffix.en} ${kind.noun.en}`,
      };
    }
    case "town": {
      const town = random.pick(TOWNS);
      return { ru: `${kind.noun.ru} ${town.ru}`, en: `${town.en} ${kind.noun.en}` };
    }
    default: {
      const never: never = kind;
      throw new Error(`Unknown name pattern ${JSON.stringify(never)}`);
    }
  }
}

/** Puts a masculine adjective (…ий, …ый, …ой) into the gender of its noun, capitalised. */
function agree(adjective: string, gender: Gender): string {
  return gender === "m" ? adjective : `${adjective.slice(0, -2)}ая`;
}
