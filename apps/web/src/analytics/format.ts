/** Days and numbers on the analytics pages, in the site's language. */
import { intlTag, type Locale } from "../i18n/locale.ts";

/** "12 May" / "12 мая" for a calendar day "YYYY-MM-DD" (read at UTC, so no time zone shifts it). */
export function formatDay(day: string, locale: Locale, withWeekday = false): string {
  const [year = 1970, month = 1, date = 1] = day.split("-").map(Number);
  return new Intl.DateTimeFormat(intlTag(locale), {
    day: "numeric",
    month: "short",
    ...(withWeekday ? { weekday: "short" } : {}),
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, date)));
}

/** "12 345" / "12,345". */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale)).format(value);
}
