/**
 * The floor as it stands, read back from the booths table: the booths of approved
 * exhibitors, and the alleys and blocks around them. Alleys and blocks are not
 * stored; they are recomputed (a few ms) and cached per floor by the content of its
 * booth rows, so any process answers the same and a stale entry can never be served.
 */
import type { BoothSize, Database } from "@pavilion/db";
import { type BoothInput, type FloorLayout, layoutFloor } from "@pavilion/floor";

/** A placed booth with what the floor shows of its exhibitor. */
export interface FloorBoothRow {
  boothId: string;
  exhibitorId: string;
  slug: string;
  x: number;
  z: number;
  size: BoothSize;
  placedManually: boolean;
  nameRu: string;
  nameEn: string;
  color: string;
  logoFileId: string | null;
}

/** The booths of a floor's approved exhibitors, in exhibitor slug order (the layout's input order). */
export async function floorBooths(db: Database, floorId: string): Promise<FloorBoothRow[]> {
  const rows = await db
    .selectFrom("booths")
    .innerJoin("exhibitors", "exhibitors.id", "booths.exhibitor_id")
    .select(["booths.id", "booths.x", "booths.z", "booths.size", "booths.placed_manually"])
    .select(["exhibitors.id as exhibitor_id", "exhibitors.slug", "exhibitors.name_ru", "exhibitors.name_en"])
    .select(["exhibitors.color", "exhibitors.logo_file_id"])
    .where("booths.floor_id", "=", floorId)
    .where("exhibitors.floor_id", "=", floorId)
    .where("exhibitors.status", "=", "approved")
    .orderBy("exhibitors.slug")
    .orderBy("exhibitors.id")
    .execute();
  return rows.map((row) => ({
    boothId: row.id,
    exhibitorId: row.exhibitor_id,
    slug: row.slug,
    x: row.x,
    z: row.z,
    size: row.size,
    placedManually: row.placed_manually === 1,
    nameRu: row.name_ru,
    nameEn: row.name_en,
    color: row.color,
    logoFileId: row.logo_file_id,
  }));
}

const MAX_CACHED_FLOORS = 64;
const cache = new Map<string, { key: string; layout: FloorLayout }>();

function computeLayout(rows: readonly FloorBoothRow[]): FloorLayout {
  // The input ensureFloorLayout gives once every booth has its row: so the same floor.
  const inputs = rows.map(
    (row): BoothInput => ({
      id: row.exhibitorId,
      size: row.size,
      pinned: row.placedManually ? { x: row.x, z: row.z } : null,
      standing: row.placedManually ? null : { x: row.x, z: row.z },
    }),
  );
  return layoutFloor(inputs);
}

/** The layout of a floor's booth rows (booth ids are exhibitor ids), cached by the rows' content. */
export function layoutOf(floorId: string, rows: readonly FloorBoothRow[]): FloorLayout {
  const key = rows
    .map((r) => `${r.exhibitorId}:${r.x}:${r.z}:${r.size}:${r.placedManually ? 1 : 0}`)
    .join("|");
  const cached = cache.get(floorId);
  if (cached?.key === key) return cached.layout;
  const layout = computeLayout(rows);
  if (cache.size >= MAX_CACHED_FLOORS) cache.clear();
  cache.set(floorId, { key, layout });
  return layout;
}
