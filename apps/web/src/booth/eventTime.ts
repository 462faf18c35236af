/** When a booth's webinar runs, in the visitor's own time zone, through Intl. */
import { intlTag, type Locale } from "../i18n/locale.ts";

/**
 * "Tue, 14 Oct, 14:00–15:30" / "вт, 14 окт., 14:00–15:30"; a webinar that ends on
 * another day shows both dates. `timeZone` defaults to the browser's.
 */
export function formatEventTime(startsAt: string, endsAt: string, locale: Locale, timeZone?: string): string {
  const format = new Intl.DateTimeFormat(intlTag(locale), {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    ...(timeZone ? { timeZone } : {}),
  });
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime())) return "";
  if (Number.isNaN(end.getTime()) || end.getTime() <= start.getTime()) return format.format(start);
  return format.formatRange(start, end);
}
