/** Dates and times as letters and messages print them: in the event's time zone, which they name. */
import { TZDate } from "@date-fns/tz";
import { type SupportedLocale, translate } from "@pavilion/i18n";
import { format } from "date-fns";
import { enGB, ru } from "date-fns/locale";

const dateLocales = { ru, en: enGB } as const;

function inZone(iso: string, timeZone: string): TZDate {
  return new TZDate(iso, timeZone);
}

function day(date: TZDate, locale: SupportedLocale): string {
  return format(date, "d MMMM yyyy", { locale: dateLocales[locale] });
}

/** "24 November 2026, 10:00–11:30 (Europe/Moscow time)". */
export function eventTimeWords(
  event: { starts_at: string; ends_at: string; timezone: string },
  locale: SupportedLocale,
): string {
  const start = inZone(event.starts_at, event.timezone);
  const end = inZone(event.ends_at, event.timezone);
  return translate(locale, "registrationEmail:when", {
    date: day(start, locale),
    start: format(start, "HH:mm"),
    end: format(end, "HH:mm"),
    zone: event.timezone,
  });
}

/** "25 November 2026, 12:00 (Europe/Moscow time)". */
export function momentWords(iso: string, timeZone: string, locale: SupportedLocale): string {
  const moment = inZone(iso, timeZone);
  return translate(locale, "registrationEmail:moment", {
    date: day(moment, locale),
    time: format(moment, "HH:mm"),
    zone: timeZone,
  });
}
