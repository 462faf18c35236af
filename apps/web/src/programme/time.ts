/** Programme times for people: the viewer's own zone first, the event's own zone beside it when it differs. */
import { intlTag, type Locale } from "../i18n/locale.ts";
import { formatTime, timeZoneLabel } from "../lib/format.ts";

/** The calendar day ("YYYY-MM-DD") an instant falls on in a time zone. */
export function dayIn(iso: string | Date, timeZone: string): string {
  const date = typeof iso === "string" ? new Date(iso) : iso;
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(date);
}

/** A calendar day as people read it: "Tue, 14 Oct" / "вт, 14 окт."; `long` adds the full weekday and month. */
export function formatDay(day: string, locale: Locale, long = false): string {
  const [year = 1970, month = 1, date = 1] = day.split("-").map(Number);
  return new Intl.DateTimeFormat(intlTag(locale), {
    weekday: long ? "long" : "short",
    day: "numeric",
    month: long ? "long" : "short",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, date)));
}

/** "14:00–15:30" in a zone. */
export function formatTimeRange(startsAt: string, endsAt: string, locale: Locale, timeZone: string): string {
  return `${formatTime(startsAt, locale, timeZone)}–${formatTime(endsAt, locale, timeZone)}`;
}

export interface EventWhen {
  /** The day in the viewer's zone, "Tue, 14 Oct". */
  day: string;
  /** "14:00–15:30" in the viewer's zone. */
  viewer: string;
  /** The event's own time and zone, when it reads differently from the viewer's; else null. */
  event: { time: string; day: string; zone: string } | null;
}

/** When an event runs, for the viewer, and in its own zone if the clocks differ there. */
export function eventWhen(
  event: { startsAt: string; endsAt: string; timezone: string },
  locale: Locale,
  viewerZone: string,
): EventWhen {
  const viewerDay = dayIn(event.startsAt, viewerZone);
  const ownDay = dayIn(event.startsAt, event.timezone);
  const viewer = formatTimeRange(event.startsAt, event.endsAt, locale, viewerZone);
  const own = formatTimeRange(event.startsAt, event.endsAt, locale, event.timezone);
  const differs = own !== viewer || ownDay !== viewerDay;
  return {
    day: formatDay(viewerDay, locale),
    viewer,
    event: differs
      ? {
          time: own,
          day: formatDay(ownDay, locale),
          zone: timeZoneLabel(event.timezone, locale, new Date(event.startsAt)),
        }
      : null,
  };
}
