/**
 * The organisers' top lists: exhibitors by unique visitors and materials by downloads. For the
 * whole exhibition they walk stat_counters_top_idx on the all-days rows; for a shorter period
 * they add up the day rows.
 */
import type { Database, StatScope } from "@pavilion/db";
import type { BoothHeat, OrganiserDashboard, StatMetric } from "@pavilion/schema";
import { periodCoversAll, periodTotals, periodUniques } from "./counters.ts";
import { boothHeatOf, floorMaxVisits } from "./heat.ts";
import type { StatsPeriod } from "./period.ts";

/** How many entries a top list shows. */
export const TOP_COUNT = 10;

/** The ids of the scope with the highest metric in the period (all-days rows when `whole`). */
async function topOf(
  db: Database,
  where: { exhibitionId: string; scope: StatScope; metric: StatMetric },
  period: StatsPeriod,
  whole: boolean,
  limit: number,
): Promise<{ scopeId: string; value: number }[]> {
  const base = db
    .selectFrom("stat_counters")
    .where("exhibition_id", "=", where.exhibitionId)
    .where("scope", "=", where.scope)
    .where("metric", "=", where.metric);
  const rows = whole
    ? await base
        .select(["scope_id", "value"])
        .where("day", "=", "")
        .orderBy("value", "desc")
        .orderBy("scope_id")
        .limit(limit)
        .execute()
    : await base
        .select("scope_id")
        .select((eb) => eb.fn.sum<number>("value").as("total"))
        .where("day", ">=", period.from)
        .where("day", "<=", period.to)
        .groupBy("scope_id")
        .orderBy("total", "desc")
        .orderBy("scope_id")
        .limit(limit)
        .execute()
        .then((sums) => sums.map((row) => ({ scope_id: row.scope_id, value: row.total })));
  return rows
    .map((row) => ({ scopeId: row.scope_id, value: Number(row.value) }))
    .filter((row) => row.value > 0);
}

/** The exhibitors most people visited in the period, with their visits and heat. */
export async function topExhibitors(
  db: Database,
  exhibitionId: string,
  period: StatsPeriod,
): Promise<BoothHeat[]> {
  const whole = await periodCoversAll(db, { exhibitionId, scope: "exhibitor" }, period);
  const where = { exhibitionId, scope: "exhibitor", metric: "uniques" } as const;
  let uniques: Map<string, number>;
  if (whole) {
    uniques = new Map(
      (await topOf(db, where, period, true, TOP_COUNT)).map((row) => [row.scopeId, row.value]),
    );
  } else {
    // Summed day counts overstate people who came back; rank a wider field by them, then count exactly.
    const candidates = await topOf(db, where, period, false, TOP_COUNT * 5);
    const exact = await periodUniques(
      db,
      "exhibitor",
      candidates.map((row) => row.scopeId),
      period,
      false,
    );
    uniques = new Map([...exact].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_COUNT));
  }
  const ids = [...uniques.keys()];
  const visits = await periodTotals(db, "exhibitor", ids, "visits", period, whole);
  const floorMax = await floorMaxVisits(db, exhibitionId, period, whole);
  return boothHeatOf(db, ids, { visits, uniques, floorMax });
}
/** The materials downloaded most in the period, with their exhibitors' names. */
export async function topMaterials(
  db: Database,
  exhibitionId: string,
  period: StatsPeriod,
): Promise<OrganiserDashboard["topMaterials"]> {
  const whole = await periodCoversAll(db, { exhibitionId, scope: "material", metric: "downloads" }, period);
  // A few more than shown: counters of a deleted material stay behind.
  const top = await topOf(
    db,
    { exhibitionId, scope: "material", metric: "downloads" },
    period,
    whole,
    TOP_COUNT * 2,
  );
  if (top.length === 0) return [];
  const rows = await db
    .selectFrom("materials as m")
    .innerJoin("exhibitors as e", "e.id", "m.exhibitor_id")
    .select(["m.id", "m.title_ru", "m.title_en", "e.name_ru", "e.name_en"])
    .where(
      "m.id",
      "in",
      top.map((row) => row.scopeId),
    )
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return top
    .flatMap(({ scopeId, value }) => {
      const row = byId.get(scopeId);
      return row
        ? [
            {
              materialId: row.id,
              title: { ru: row.title_ru, en: row.title_en },
              exhibitorName: { ru: row.name_ru, en: row.name_en },
              downloads: value,
            },
          ]
        : [];
    })
    .slice(0, TOP_COUNT);
}
