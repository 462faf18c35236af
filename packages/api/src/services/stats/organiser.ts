/**
 * The organisers' analytics of an exhibition for a period: the fair's unique visitors, visits per
 * day and floor, top exhibitors and materials, programme turnout and how registrants heard of it.
 * Reads counters, small tables and registrations grouped by event; never the activity log.
 */
import type { Database } from "@pavilion/db";
import type { OrganiserDashboard } from "@pavilion/schema";
import { catchUpAnalytics } from "../analytics/rollup.ts";
import { dayCounters, periodCoversAll, periodSums, periodUniques } from "./counters.ts";
import { statsExhibition } from "./exhibition.ts";
import { heardFromCounts } from "./heard-from.ts";
import { resolvePeriod, type StatsPeriod } from "./period.ts";
import { topExhibitors, topMaterials } from "./top.ts";
import { turnoutByStream, turnoutOf } from "./turnout.ts";

/** The dashboard for the named (else the current) exhibition and period. */
export async function organiserDashboard(
  db: Database,
  input: { exhibitionId?: string | undefined; from?: string | undefined; to?: string | undefined },
  now: Date,
): Promise<OrganiserDashboard> {
  await catchUpAnalytics(db, now);
  const exhibition = await statsExhibition(db, input.exhibitionId);
  const period = resolvePeriod(exhibition, input);
  const counters = await dayCounters(db, "exhibition", exhibition.id, ["visits", "uniques"], period);
  const whole = await periodCoversAll(
    db,
    { exhibitionId: exhibition.id, scope: "exhibition", scopeId: exhibition.id },
    period,
  );
  const uniques = await periodUniques(db, "exhibition", [exhibition.id], period, whole);
  const days = period.days.map((day) => ({
    day,
    uniqueVisitors: counters.get(day)?.uniques ?? 0,
    visits: counters.get(day)?.visits ?? 0,
  }));
  const programme = await turnoutOf(db, { exhibitionId: exhibition.id }, period, exhibition.timezone);
  return {
    from: period.from,
    to: period.to,
    uniqueVisitors: uniques.get(exhibition.id) ?? 0,
    visits: days.reduce((sum, day) => sum + day.visits, 0),
    days,
    floors: await floorFigures(db, exhibition.id, period),
    topExhibitors: await topExhibitors(db, exhibition.id, period),
    topMaterials: await topMaterials(db, exhibition.id, period),
    programme,
    streams: turnoutByStream(programme),
    heardFrom: await heardFromCounts(db, exhibition.id, period, exhibition.timezone),
  };
}

/** Every floor in its order with its visits and unique visitors in the period. */
async function floorFigures(db: Database, exhibitionId: string, period: StatsPeriod) {
  const floors = await db
    .selectFrom("floors")
    .select(["id", "slug", "name_ru", "name_en"])
    .where("exhibition_id", "=", exhibitionId)
    .orderBy("position")
    .execute();
  const ids = floors.map((floor) => floor.id);
  const whole = await periodCoversAll(db, { exhibitionId, scope: "floor" }, period);
  const visits = await periodSums(db, "floor", ids, "visits", period);
  const uniques = await periodUniques(db, "floor", ids, period, whole);
  return floors.map((floor) => ({
    floorId: floor.id,
    slug: floor.slug,
    name: { ru: floor.name_ru, en: floor.name_en },
    uniqueVisitors: uniques.get(floor.id) ?? 0,
    visits: visits.get(floor.id) ?? 0,
  }));
}
