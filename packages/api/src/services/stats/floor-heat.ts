/** The heat map of one floor: every booth placed on it with its visits in the period. */
import type { Database } from "@pavilion/db";
import type { FloorHeat } from "@pavilion/schema";
import { NotFoundError } from "../../errors.ts";
import { catchUpAnalytics } from "../analytics/rollup.ts";
import { periodCoversAll, periodTotals, periodUniques } from "./counters.ts";
import { statsExhibition } from "./exhibition.ts";
import { heatOf, placedBooths } from "./heat.ts";
import { resolvePeriod } from "./period.ts";

/** Booths of approved exhibitors on the current exhibition's floor `floorSlug`; NotFoundError for none. */
export async function floorHeat(
  db: Database,
  input: { floorSlug: string; from?: string | undefined; to?: string | undefined },
  now: Date,
): Promise<FloorHeat> {
  await catchUpAnalytics(db, now);
  const exhibition = await statsExhibition(db);
  const floor = await db
    .selectFrom("floors")
    .select("id")
    .where("exhibition_id", "=", exhibition.id)
    .where("slug", "=", input.floorSlug)
    .executeTakeFirst();
  if (!floor) throw new NotFoundError("floor");
  const period = resolvePeriod(exhibition, input);
  const booths = await placedBooths(db, floor.id);
  const whole = await periodCoversAll(db, { exhibitionId: exhibition.id, scope: "exhibitor" }, period);
  const ids = booths.map((booth) => booth.exhibitorId);
  const visits = await periodTotals(db, "exhibitor", ids, "visits", period, whole);
  const uniques = await periodUniques(db, "exhibitor", ids, period, whole);
  const max = Math.max(0, ...visits.values());
  return {
    booths: booths.map((booth) => ({
      ...booth,
      visits: visits.get(booth.exhibitorId) ?? 0,
      uniqueVisitors: uniques.get(booth.exhibitorId) ?? 0,
      heat: heatOf(visits.get(booth.exhibitorId) ?? 0, max),
    })),
  };
}
