/**
 * The leads table's filters as SQL over `leads` alone, so they run on the exhibitor's indexes:
 * warmth bands become bounds on the stored `warmth_base` (see warmth.ts), days in the
 * exhibition's zone become instants.
 */
import { TZDate } from "@date-fns/tz";
import type { Database } from "@pavilion/db";
import { type leadsListInput, WARMTH_BAND_FLOOR, WARMTH_BANDS, type WarmthBand } from "@pavilion/schema";
import type { z } from "zod";
import type { LeadsContext } from "./scope.ts";
import { baseFloorFor } from "./warmth.ts";

export type LeadsFilter = Omit<z.output<typeof leadsListInput>, "offset" | "limit">;

/** Warmth is shown to a tenth: a lead counts as 20 (warm) from 19.95 on. */
const ROUNDING = 0.05;

/** The warmth ranges the chosen bands cover, neighbours merged: [from, to) with null for open ends. */
export function warmthRanges(bands: readonly WarmthBand[]): Array<[number | null, number | null]> {
  const ranges: Array<[number | null, number | null]> = [];
  let open: number | null | undefined;
  WARMTH_BANDS.forEach((band, index) => {
    const next = WARMTH_BANDS[index + 1];
    if (bands.includes(band) && open === undefined) open = index === 0 ? null : WARMTH_BAND_FLOOR[band];
    const closes = open !== undefined && (next === undefined || !bands.includes(next));
    if (closes && open !== undefined) {
      ranges.push([open, next === undefined ? null : WARMTH_BAND_FLOOR[next]]);
      open = undefined;
    }
  });
  return ranges;
}

/** The instant a day (YYYY-MM-DD) starts in the zone, `plusDays` later. */
export function dayStart(day: string, timeZone: string, plusDays = 0): string {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return new Date(new TZDate(year, month - 1, date + plusDays, timeZone).getTime()).toISOString();
}

/** The exhibitor's leads that pass the filter (search aside: it needs the visible contacts). */
export function filteredLeads(db: Database, ctx: LeadsContext, filter: LeadsFilter, now: Date) {
  const base = (warmth: number) => baseFloorFor(warmth - ROUNDING, ctx.epoch, now, ctx.settings.halfLifeDays);
  let query = db.selectFrom("leads").where("leads.exhibitor_id", "=", ctx.exhibitorId);
  const bands = filter.warmth ?? [];
  if (bands.length > 0 && bands.length < WARMTH_BANDS.length) {
    const ranges = warmthRanges(bands);
    query = query.where((eb) =>
      eb.or(
        ranges.map(([from, to]) =>
          eb.and([
            ...(from === null ? [] : [eb("leads.warmth_base", ">=", base(from))]),
            ...(to === null ? [] : [eb("leads.warmth_base", "<", base(to))]),
          ]),
        ),
      ),
    );
  }
  if (filter.source?.length) query = query.where("leads.source", "in", filter.source);
  if (filter.status?.length) query = query.where("leads.status", "in", filter.status);
  if (filter.assigneeId) query = query.where("leads.assignee_id", "=", filter.assigneeId);
  if (filter.from) query = query.where("leads.created_at", ">=", dayStart(filter.from, ctx.timeZone));
  if (filter.to) query = query.where("leads.created_at", "<", dayStart(filter.to, ctx.timeZone, 1));
  return query;
}
