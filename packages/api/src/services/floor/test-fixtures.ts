/** Test helper: a small exhibition with two floors and exhibitors made to measure. */
import type { BoothSize, Database, ModerationStatus } from "@pavilion/db";
import { validateLayout } from "@pavilion/floor";
import type { FloorPlan } from "@pavilion/schema";

export const T0 = "2026-11-01T00:00:00.000Z";

export interface SmallExhibition {
  exhibitionId: string;
  food: string;
  tech: string;
}

/** Inserts an exhibition with the floors "food" (first) and "tech". */
export async function insertExhibition(db: Database): Promise<SmallExhibition> {
  const exhibitionId = crypto.randomUUID();
  await db
    .insertInto("exhibitions")
    .values({
      ...{ id: exhibitionId, slug: "expo", name_ru: "Выставка", name_en: "Expo" },
      ...{ tagline_ru: "", tagline_en: "", starts_on: "2026-11-20", ends_on: "2026-11-30" },
      ...{ timezone: "Europe/Moscow", logo_file_id: null, created_at: T0 },
    })
    .execute();
  const floor = (slug: string, ru: string, en: string, position: number) => ({
    ...{ id: crypto.randomUUID(), exhibition_id: exhibitionId, slug, name_ru: ru, name_en: en },
    ...{ position, created_at: T0 },
  });
  const food = floor("food", "Еда", "Food", 0);
  const tech = floor("tech", "Техника", "Tech", 1);
  await db.insertInto("floors").values([food, tech]).execute();
  return { exhibitionId, food: food.id, tech: tech.id };
}

export interface ExhibitorFixture {
  slug: string;
  floorId: string;
  nameRu?: string;
  nameEn?: string;
  descriptionRu?: string;
  descriptionEn?: string;
  tags?: string;
  size?: BoothSize;
  status?: ModerationStatus;
  logoFileId?: string | null;
}

/** Inserts an exhibitor of the exhibition (approved, small, no logo unless told) and returns its id. */
export async function insertExhibitor(db: Database, exhibitionId: string, e: ExhibitorFixture) {
  const id = crypto.randomUUID();
  await db
    .insertInto("exhibitors")
    .values({
      ...{ id, exhibition_id: exhibitionId, floor_id: e.floorId, slug: e.slug },
      ...{ name_ru: e.nameRu ?? e.slug, name_en: e.nameEn ?? e.slug },
      ...{ description_ru: e.descriptionRu ?? "", description_en: e.descriptionEn ?? "" },
      ...{ products_ru: "", products_en: "", tags: e.tags ?? "", website: null, contact_email: null },
      ...{ contact_phone: null, logo_file_id: e.logoFileId ?? null, color: "#3a6ea5" },
      ...{ booth_size: e.size ?? "small", status: e.status ?? "approved", rejection_reason: null },
      ...{ created_at: T0, updated_at: T0 },
    })
    .execute();
  return id;
}

/** Inserts `count` approved exhibitors on a floor, slugs `<prefix>-00`, `<prefix>-01`, … */
export async function insertMany(
  db: Database,
  exhibitionId: string,
  floorId: string,
  count: number,
  prefix = "co",
): Promise<string[]> {
  const ids: string[] = [];
  const sizes: BoothSize[] = ["small", "small", "medium", "small", "large"];
  for (let i = 0; i < count; i++) {
    const slug = `${prefix}-${String(i).padStart(2, "0")}`;
    ids.push(await insertExhibitor(db, exhibitionId, { slug, floorId, size: sizes[i % sizes.length] }));
  }
  return ids;
}

/** What validateLayout finds wrong with a plan the API answered (overlaps, booths on alleys or off the floor). */
export function planProblems(plan: FloorPlan) {
  return validateLayout({ ...plan, booths: plan.booths.map((b) => ({ ...b, pinned: false })), unpinned: [] });
}
