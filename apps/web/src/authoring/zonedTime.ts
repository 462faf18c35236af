/**
 * Wall-clock times in the exhibition's time zone and the UTC instants the API keeps, with Intl
 * alone (the web app has no time-zone library): authors think in the fair's local time.
 */

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClock(instant: number, timeZone: string) {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** How many minutes the zone's clocks are ahead of UTC at an instant (Moscow: 180). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const c = wallClock(instant, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{1,2}):(\d{2})$/;

/**
 * The UTC instant (ISO-8601) of a day ("2025-10-14") and a time ("11:00") on the zone's clocks;
 * null when either is not filled in or malformed.
 */
export function zonedToUtcIso(day: string, time: string, timeZone: string): string | null {
  const d = dayPattern.exec(day);
  const t = timePattern.exec(time);
  if (!d || !t) return null;
  const [hour, minute] = [Number(t[1]), Number(t[2])];
  if (hour > 23 || minute > 59) return null;
  const naive = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), hour, minute);
  // The offset at the naive guess, then again at the corrected instant (a DST change in between).
  let instant = naive - zoneOffsetMinutes(naive, timeZone) * 60_000;
  instant = naive - zoneOffsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** The zone's day ("YYYY-MM-DD") and time ("HH:MM") of an instant. */
export function utcIsoToZoned(iso: string, timeZone: string): { day: string; time: string } {
  const c = wallClock(Date.parse(iso), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { day: `${c.year}-${pad(c.month)}-${pad(c.day)}`, time: `${pad(c.hour)}:${pad(c.minute)}` };
}

/** The days from `first` to `last` ("YYYY-MM-DD"), inclusive. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  const start = Date.parse(`${first}T00:00:00Z`);
  const end = Date.parse(`${last}T00:00:00Z`);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return days;
  for (let at = start; at <= end && days.length < 366; at += 86_400_000)
    days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}

/** Minutes from "HH:MM" to "HH:MM" on the same day; null when either is not a time. */
export function minutesBetween(from: string, to: string): number | null {
  const a = timePattern.exec(from);
  const b = timePattern.exec(to);
  if (!a || !b) return null;
  return Number(b[1]) * 60 + Number(b[2]) - (Number(a[1]) * 60 + Number(a[2]));
}

/** "HH:MM" plus minutes, kept within the day. */
export function addMinutes(time: string, minutes: number): string {
  const t = timePattern.exec(time);
  if (!t) return time;
  const total = Math.min(23 * 60 + 59, Math.max(0, Number(t[1]) * 60 + Number(t[2]) + minutes));
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}
