/** The times a range of a day cuts into, in the exhibition's zone; pure, so it is tested alone. */
import { TZDate } from "@date-fns/tz";

export interface SlotTime {
  startsAt: string;
  endsAt: string;
}

/** The instant (ISO UTC) at which the clocks of the zone show `day` at `time` ("HH:MM"). */
export function instantOf(day: string, time: string, timeZone: string): string {
  const [year, month, date] = day.split("-").map(Number);
  const [hours, minutes] = time.split(":").map(Number);
  const local = new TZDate(year ?? 0, (month ?? 1) - 1, date ?? 1, hours ?? 0, minutes ?? 0, timeZone);
  // TZDate prints its own offset; the database keeps UTC ("…Z").
  return new Date(local.getTime()).toISOString();
}

/** Consecutive meetings of `minutes` from `from` until `to` on the day; a last one that would overrun is left out. */
export function slotTimes(
  day: string,
  from: string,
  to: string,
  minutes: number,
  timeZone: string,
): SlotTime[] {
  const start = Date.parse(instantOf(day, from, timeZone));
  const end = Date.parse(instantOf(day, to, timeZone));
  const step = minutes * 60_000;
  const times: SlotTime[] = [];
  for (let at = start; at + step <= end; at += step) {
    times.push({ startsAt: new Date(at).toISOString(), endsAt: new Date(at + step).toISOString() });
  }
  return times;
}

/** Whether two times overlap (touching ends do not). */
export function overlaps(a: SlotTime, b: SlotTime): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** The calendar day (YYYY-MM-DD) of an instant in the zone. */
export function dayOf(instant: string, timeZone: string): string {
  const date = new TZDate(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
