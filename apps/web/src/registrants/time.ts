/** Times on the registrants page: short, and always in the event's own time zone. */
import { intlTag, type Locale } from "../i18n/locale.ts";

/** "24 Nov, 14:30" / "24 нояб., 14:30": the list's moments are within weeks of the event, so no year. */
export function formatShortDateTime(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(new Date(iso));
}
