/**
 * Booth visits for the heat map and the organisers' top list: heat is a booth's visits over the
 * busiest booth's on the same floor, so each floor has its own hottest booth at 1.
 */
import type { Database } from "@pavilion/db";
import type { BoothHeat } from "@pavilion/schema";
import type { StatsPeriod } from "./period.ts";

/** A booth on the floor: an approved exhibitor's, placed. */
export interface PlacedBooth {
  boothId: string;
  exhibitorId: string;
  floorId: string;
  name: { ru: string; en: string };
}

/** The booths of approved exhibitors on the floor. */
export async function placedBooths(db: Database, floorId: string): Promise<PlacedBooth[]> {
  const rows = await db
    .selectFrom("booths as b")
    .innerJoin("exhibitors as e", "e.id", "b.exhibitor_id")
    .select(["b.id", "b.exhibitor_id", "b.floor_id", "e.name_ru", "e.name_en"])
    .where("b.floor_id", "=", floorId)
    .where("e.status", "=", "approved")
    .orderBy("e.slug")
    .execute();
  return rows.map((row) => ({
    ...{ boothId: row.id, exhibitorId: row.exhibitor_id, floorId: row.floor_id },
    name: { ru: row.name_ru, en: row.name_en },
  }));
}

/**
 * The busiest booth's visits in the period on each floor of the exhibition, added up in the
 * database along stat_counters_top_idx (the all-days rows when `whole`: no exhibitor has a counted
 * day outside the period). Floors nobody visited are absent.
 */
export async function floorMaxVisits(
  db: Database,
  exhibitionId: string,
  period: StatsPeriod,
  whole: boolean,
): Promise<Map<string, number>> {
  const base = db
    .selectFrom("stat_counters")
    .where("exhibition_id", "=", exhibitionId)
    .where("scope", "=", "exhibitor")
    .where("metric", "=", "visits");
  const perExhibitor = whole
    ? base.select(["scope_id", "value as visits"]).where("day", "=", "")
    : base
        .select("scope_id")
        .select((eb) => eb.fn.sum<number>("value").as("visits"))
        .where("day", ">=", period.from)
        .where("day", "<=", period.to)
        .groupBy("scope_id");
  const rows = await db
    .selectFrom(perExhibitor.as("t"))
    .innerJoin("booths as b", "b.exhibitor_id", "t.scope_id")
    .innerJoin("exhibitors as e", "e.id", "b.exhibitor_id")
    .select("b.floor_id")
    .select((eb) => eb.fn.max("t.visits").as("top"))
    .where("e.status", "=", "approved")
    .groupBy("b.floor_id")
    .execute();
  return new Map(rows.map((row) => [row.floor_id, Number(row.top)]));
}

/** visits / the floor's busiest, between 0 and 1 (0 on a floor nobody visited). */
export function heatOf(visits: number, floorMax: number): number {
  return floorMax <= 0 ? 0 : Math.min(1, visits / floorMax);
}

/** Exhibitors as heat-map entries: name, booth, floor, visits, unique visitors and heat. */
export async function boothHeatOf(
  db: Database,
  exhibitorIds: readonly string[],
  figures: { visits: Map<string, number>; uniques: Map<string, number>; floorMax: Map<string, number> },
): Promise<BoothHeat[]> {
  if (exhibitorIds.length === 0) return [];
  const rows = await db
    .selectFrom("exhibitors as e")
    .leftJoin("booths as b", "b.exhibitor_id", "e.id")
    .select([
      "e.id",
      "e.name_ru",
      "e.name_en",
      "e.floor_id",
      "b.id as booth_id",
      "b.floor_id as booth_floor_id",
    ])
    .where("e.id", "in", [...exhibitorIds])
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return exhibitorIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const floorId = row.booth_floor_id ?? row.floor_id;
    const visits = figures.visits.get(id) ?? 0;
    return [
      {
        exhibitorId: id,
        boothId: row.booth_id,
        floorId,
        name: { ru: row.name_ru, en: row.name_en },
        visits,
        uniqueVisitors: figures.uniques.get(id) ?? 0,
        heat: heatOf(visits, figures.floorMax.get(floorId) ?? 0),
      },
    ];
  });
}
