/** The day ("YYYY-MM-DD") a moment falls on in an exhibition's time zone, cached per quarter hour. */
import { TZDate } from "@date-fns/tz";

const QUARTER_MS = 15 * 60_000;

/**
 * A function giving the local day of an ISO timestamp in `timezone`. Every time zone's offset is a
 * multiple of 15 minutes, so one answer serves a whole quarter hour; the rollup asks millions of times.
 */
export function dayInZone(timezone: string): (isoTimestamp: string) => string {
  const cache = new Map<number, string>();
  return (isoTimestamp) => {
    const ms = Date.parse(isoTimestamp);
    const quarter = Math.floor(ms / QUARTER_MS);
    let day = cache.get(quarter);
    if (day === undefined) {
      const local = new TZDate(quarter * QUARTER_MS, timezone);
      day = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
      if (cache.size > 10_000) cache.clear();
      cache.set(quarter, day);
    }
    return day;
  };
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
