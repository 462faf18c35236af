/**
 * An exhibitor's statistics for its team: booth figures per day and for the period, downloads per
 * material, its webinars' turnout. Reads only counters and the exhibitor's own small tables.
 */
import type { Database } from "@pavilion/db";
import type { ExhibitorStats, StatMetric, StatsDay } from "@pavilion/schema";
import { catchUpAnalytics } from "../analytics/rollup.ts";
import { dayCounters, periodCoversAll, periodSums, periodUniques } from "./counters.ts";
import { resolvePeriod, type StatsPeriod } from "./period.ts";
import { turnoutOf } from "./turnout.ts";

const BOOTH_METRICS = [
  "visits",
  "uniques",
  "dwellSeconds",
  "downloads",
  "videoPlays",
  "chatMessages",
  "contacts",
  "meetings",
  "modelViews",
  "tourVisits",
  "tourSeconds",
] as const satisfies readonly StatMetric[];

/** The exhibitor's figures for the period (the exhibition's days unless `input` names others). */
export async function exhibitorStats(
  db: Database,
  exhibitorId: string,
  input: { from?: string | undefined; to?: string | undefined },
  now: Date,
): Promise<ExhibitorStats> {
  await catchUpAnalytics(db, now);
  const exhibitor = await db
    .selectFrom("exhibitors")
    .innerJoin("exhibitions", "exhibitions.id", "exhibitors.exhibition_id")
    .select([
      "exhibitors.exhibition_id",
      "exhibitions.starts_on",
      "exhibitions.ends_on",
      "exhibitions.timezone",
    ])
    .where("exhibitors.id", "=", exhibitorId)
    .executeTakeFirstOrThrow();
  const period = resolvePeriod(exhibitor, input);
  const counters = await dayCounters(db, "exhibitor", exhibitorId, BOOTH_METRICS, period);
  const whole = await periodCoversAll(
    db,
    { exhibitionId: exhibitor.exhibition_id, scope: "exhibitor", scopeId: exhibitorId },
    period,
  );
  const uniques = await periodUniques(db, "exhibitor", [exhibitorId], period, whole);
  const days = period.days.map((day) => statsDay(day, counters.get(day) ?? {}));
  const sum = (metric: StatMetric) =>
    [...counters.values()].reduce((total, values) => total + (values[metric] ?? 0), 0);
  const visits = sum("visits");
  const dwellSeconds = sum("dwellSeconds");
  return {
    from: period.from,
    to: period.to,
    days,
    totals: {
      visits,
      uniqueVisitors: uniques.get(exhibitorId) ?? 0,
      dwellSeconds,
      downloads: sum("downloads"),
      videoPlays: sum("videoPlays"),
      chatMessages: sum("chatMessages"),
      averageSecondsPerVisit: visits === 0 ? 0 : Math.round(dwellSeconds / visits),
      contacts: sum("contacts"),
      meetings: sum("meetings"),
    },
    materials: await materialDownloads(db, exhibitorId, period),
    immersive: {
      modelViews: sum("modelViews"),
      tourVisits: sum("tourVisits"),
      tourSeconds: sum("tourSeconds"),
    },
    webinars: await turnoutOf(db, { exhibitorId }, period, exhibitor.timezone),
  };
}

function statsDay(day: string, values: Partial<Record<StatMetric, number>>): StatsDay {
  return {
    day,
    visits: values.visits ?? 0,
    uniqueVisitors: values.uniques ?? 0,
    dwellSeconds: values.dwellSeconds ?? 0,
    downloads: values.downloads ?? 0,
    videoPlays: values.videoPlays ?? 0,
    chatMessages: values.chatMessages ?? 0,
  };
}

/** Every material of the exhibitor with its downloads in the period, the most taken first. */
async function materialDownloads(db: Database, exhibitorId: string, period: StatsPeriod) {
  const materials = await db
    .selectFrom("materials")
    .select(["id", "title_ru", "title_en", "position"])
    .where("exhibitor_id", "=", exhibitorId)
    .orderBy("position")
    .orderBy("id")
    .execute();
  const downloads = await periodSums(
    db,
    "material",
    materials.map((m) => m.id),
    "downloads",
    period,
  );
  return materials
    .map((m) => ({
      materialId: m.id,
      title: { ru: m.title_ru, en: m.title_en },
      downloads: downloads.get(m.id) ?? 0,
    }))
    .sort((a, b) => b.downloads - a.downloads);
}
