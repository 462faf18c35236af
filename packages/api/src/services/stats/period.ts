/**
 * The period a statistics page shows: days in the exhibition's time zone, both ends included,
 * the exhibition's own days unless the caller chose others.
 */
import { TZDate } from "@date-fns/tz";
import { STATS_MAX_DAYS } from "@pavilion/schema";
import { AppError } from "../../errors.ts";

export interface StatsPeriod {
  from: string;
  to: string;
  /** Every day of the period in order ("YYYY-MM-DD"). */
  days: string[];
}

const DAY_MS = 86_400_000;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
// Days as "YYYY-MM-DD" compare as text.
const later = (a: string | undefined, b: string) => (a !== undefined && a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * The chosen days, or the exhibition's (an end given alone keeps the other end sensible).
 * AppError "analytics.periodReversed" when it ends before it starts, "analytics.periodTooLong"
 * (with `max`) when it spans more than STATS_MAX_DAYS days.
 */
export function resolvePeriod(
  exhibition: { starts_on: string; ends_on: string },
  input: { from?: string | undefined; to?: string | undefined },
): StatsPeriod {
  const to = input.to ?? later(input.from, exhibition.ends_on);
  const from = input.from ?? earlier(to, exhibition.starts_on);
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (!Number.isFinite(first) || !Number.isFinite(last)) throw new AppError("validation.invalid");
  if (last < first) throw new AppError("analytics.periodReversed");
  if (last - first + 1 > STATS_MAX_DAYS) {
    throw new AppError("analytics.periodTooLong", undefined, { max: STATS_MAX_DAYS });
  }
  const days: string[] = [];
  for (let n = first; n <= last; n++) days.push(dayOf(n));
  return { from, to, days };
}

/** The UTC instants where the period begins and ends (exclusive) in the time zone. */
export function periodInstants(period: StatsPeriod, timeZone: string): { start: string; end: string } {
  return {
    start: zonedMidnight(period.from, timeZone),
    end: zonedMidnight(dayOf(dayNumber(period.to) + 1), timeZone),
  };
}

function zonedMidnight(day: string, timeZone: string): string {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return new Date(new TZDate(year, month - 1, date, timeZone).getTime()).toISOString();
}
