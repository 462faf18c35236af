import type { Database } from "@pavilion/db";
import type { ExhibitorCard } from "@pavilion/schema";
import { exhibitorMatches } from "../search/search.ts";
import { searchTerms } from "../search/terms.ts";
import { currentExhibition } from "./overview.ts";

export interface ExhibitorQuery {
  floorSlug?: string | undefined;
  query?: string | undefined;
  cursor: number;
  limit: number;
}

/** Approved exhibitors, optionally of one floor and matching a text (word starts, any case), in name order. */
export async function listExhibitors(db: Database, params: ExhibitorQuery) {
  const exhibition = await currentExhibition(db);
  let query = db
    .selectFrom("exhibitors")
    .innerJoin("floors", "floors.id", "exhibitors.floor_id")
    .where("exhibitors.exhibition_id", "=", exhibition.id)
    .where("exhibitors.status", "=", "approved");
  if (params.floorSlug) query = query.where("floors.slug", "=", params.floorSlug);
  const terms = searchTerms(params.query ?? "");
  if (terms.length > 0) query = query.where(exhibitorMatches(db, terms));
  const total = await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const rows = await query
    .select([
      "exhibitors.id",
      "exhibitors.slug",
      "exhibitors.name_ru",
      "exhibitors.name_en",
      "exhibitors.description_ru",
      "exhibitors.description_en",
      "exhibitors.logo_file_id",
      "exhibitors.color",
      "floors.name_ru as floor_ru",
      "floors.name_en as floor_en",
    ])
    .orderBy("exhibitors.name_en")
    .orderBy("exhibitors.id")
    .limit(params.limit)
    .offset(params.cursor)
    .execute();
  const items: ExhibitorCard[] = rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: { ru: row.name_ru, en: row.name_en },
    description: { ru: row.description_ru, en: row.description_en },
    floorName: { ru: row.floor_ru, en: row.floor_en },
    logoUrl: row.logo_file_id ? `/files/${row.logo_file_id}` : null,
    color: row.color,
  }));
  const next = params.cursor + rows.length;
  return { items, total: Number(total.n), nextCursor: next < Number(total.n) ? next : null };
}
