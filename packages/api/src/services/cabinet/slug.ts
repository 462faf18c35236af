/** Readable, unique web names for new exhibitors ("Молоко и Ко" → "moloko-i-ko"). */
import type { Database } from "@pavilion/db";

const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

const MAX_LENGTH = 60;

/** Latin letters, digits and single hyphens from a name in either language; "exhibitor" when none remain. */
export function slugify(name: string): string {
  const latin = [...name.toLowerCase()].map((c) => CYRILLIC[c] ?? c).join("");
  const slug = latin
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_LENGTH)
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "exhibitor" : slug;
}

/** The slug itself when the exhibition has no exhibitor with it, else the first free `slug-2`, `slug-3`… */
export async function freeSlug(db: Database, exhibitionId: string, base: string): Promise<string> {
  const rows = await db
    .selectFrom("exhibitors")
    .select("slug")
    .where("exhibition_id", "=", exhibitionId)
    .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base}-%`)]))
    .execute();
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}
