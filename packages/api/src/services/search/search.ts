/**
 * Search over approved exhibitors' names, descriptions and tags in both languages,
 * by word prefixes in any letter case: FTS5 ranked by bm25 on SQLite, word-start
 * regular expressions on PostgreSQL; names count more than descriptions on both.
 */
import { type Database, dialectOf } from "@pavilion/db";
import type { SearchResult } from "@pavilion/schema";
import { type Expression, type SqlBool, sql } from "kysely";
import { currentExhibition } from "../exhibition/overview.ts";
import { ftsQuery, searchTerms, wordStartPattern } from "./terms.ts";

const TEXT_COLUMNS = ["name_ru", "name_en", "description_ru", "description_en", "tags"] as const;
type TextColumn = (typeof TEXT_COLUMNS)[number];

interface Hit {
  id: string;
  booth_id: string | null;
  floor_slug: string;
  name_ru: string;
  name_en: string;
  floor_ru: string;
  floor_en: string;
  logo_file_id: string | null;
}

function baseQuery(db: Database, exhibitionId: string) {
  return db
    .selectFrom("exhibitors")
    .innerJoin("floors", "floors.id", "exhibitors.floor_id")
    .leftJoin("booths", "booths.exhibitor_id", "exhibitors.id")
    .select(["exhibitors.id", "booths.id as booth_id", "floors.slug as floor_slug"])
    .select(["exhibitors.name_ru", "exhibitors.name_en", "exhibitors.logo_file_id"])
    .select(["floors.name_ru as floor_ru", "floors.name_en as floor_en"])
    .where("exhibitors.exhibition_id", "=", exhibitionId)
    .where("exhibitors.status", "=", "approved");
}

async function searchSqlite(db: Database, exhibitionId: string, terms: string[], limit: number) {
  // Weights follow the index's columns: exhibitor_id, names ×10, descriptions ×1, tags ×3.
  const ranked = sql<{ exhibitor_id: string; rank: number }>`(
    select exhibitor_id, bm25(exhibitor_search, 0, 10, 10, 1, 1, 3) as rank
    from exhibitor_search where exhibitor_search match ${ftsQuery(terms)})`;
  return baseQuery(db, exhibitionId)
    .innerJoin(ranked.as("hits"), "hits.exhibitor_id", "exhibitors.id")
    .orderBy("hits.rank")
    .orderBy("exhibitors.name_en")
    .limit(limit)
    .execute();
}

/** Every pattern matches at least one of the columns. */
function matchesAll(columns: readonly TextColumn[], patterns: string[]): Expression<SqlBool> {
  const anyColumn = (p: string) =>
    sql.join(
      columns.map((c) => sql`${sql.ref(`exhibitors.${c}`)} ~ ${p}`),
      sql` or `,
    );
  return sql<SqlBool>`${sql.join(
    patterns.map((p) => sql`(${anyColumn(p)})`),
    sql` and `,
  )}`;
}

async function searchPostgres(db: Database, exhibitionId: string, terms: string[], limit: number) {
  const patterns = terms.map(wordStartPattern);
  const inName = sql`(${matchesAll(["name_ru"], patterns)}) or (${matchesAll(["name_en"], patterns)})`;
  return baseQuery(db, exhibitionId)
    .where(matchesAll(TEXT_COLUMNS, patterns))
    .orderBy(sql`case when ${inName} then 0 else 1 end`)
    .orderBy("exhibitors.name_en")
    .limit(limit)
    .execute();
}

/**
 * A condition on `exhibitors` rows: every term starts a word of the exhibitor's names,
 * descriptions or tags, in any letter case (the same matching as the search box).
 */
export function exhibitorMatches(db: Database, terms: string[]): Expression<SqlBool> {
  if (dialectOf(db) === "postgres") return matchesAll(TEXT_COLUMNS, terms.map(wordStartPattern));
  return sql<SqlBool>`${sql.ref("exhibitors.id")} in (
    select exhibitor_id from exhibitor_search where exhibitor_search match ${ftsQuery(terms)})`;
}

/** Approved exhibitors of the current exhibition matching every word of the query as a prefix, best first. */
export async function searchExhibitors(db: Database, query: string, limit: number): Promise<SearchResult> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const exhibition = await currentExhibition(db);
  const search = dialectOf(db) === "postgres" ? searchPostgres : searchSqlite;
  const hits: Hit[] = await search(db, exhibition.id, terms, limit);
  return hits.map((hit) => ({
    exhibitorId: hit.id,
    boothId: hit.booth_id,
    floorSlug: hit.floor_slug,
    name: { ru: hit.name_ru, en: hit.name_en },
    floorName: { ru: hit.floor_ru, en: hit.floor_en },
    logoUrl: hit.logo_file_id ? `/files/${hit.logo_file_id}` : null,
  }));
}
