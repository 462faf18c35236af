/** Meeting times cut into days in a time zone, and the exhibition's days still ahead. */
import { dayIn } from "../programme/time.ts";

export interface DayOf<T> {
  day: string;
  items: T[];
}

/** Items grouped by the day (YYYY-MM-DD) they start on in the zone, in the order given. */
export function byDay<T extends { startsAt: string }>(items: readonly T[], timeZone: string): DayOf<T>[] {
  const days: DayOf<T>[] = [];
  for (const item of items) {
    const day = dayIn(item.startsAt, timeZone);
    const last = days[days.length - 1];
    if (last?.day === day) last.items.push(item);
    else days.push({ day, items: [item] });
  }
  return days;
}

/** The days from `first` to `last` (YYYY-MM-DD) that are not before `today`. */
export function daysAhead(first: string, last: string, today: string): string[] {
  const days: string[] = [];
  const at = new Date(`${first > today ? first : today}T00:00:00.000Z`);
  for (let guard = 0; guard < 400; guard++) {
    const day = at.toISOString().slice(0, 10);
    if (day > last) break;
    days.push(day);
    at.setUTCDate(at.getUTCDate() + 1);
  }
  return days;
}
