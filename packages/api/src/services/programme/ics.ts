/**
 * Calendar files (.ics) for events: one file per event attached to letters and served
 * for download, and a visitor's feed with everything they registered for.
 */
import type { Event } from "@pavilion/db";
import type { SupportedLocale } from "@pavilion/i18n";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { inLanguage } from "../cabinet/names.ts";

/** One event as a calendar shows it. Times are ISO-8601 UTC. */
export interface CalendarEntry {
  id: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  url: string;
  cancelled: boolean;
  updatedAt: string;
}

/**
 * One VCALENDAR with the entries (METHOD:PUBLISH unless given), UID "<id>@pavilion",
 * STATUS CONFIRMED/CANCELLED, SEQUENCE from updatedAt, DTSTART in UTC, X-WR-TIMEZONE the
 * first entry's zone.
 */
export function buildCalendar(
  entries: CalendarEntry[],
  options: { name: string; method?: "PUBLISH" | "REQUEST" },
): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: "Pavilion", product: "Pavilion", language: "EN" },
    method: options.method === "REQUEST" ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.PUBLISH,
  });
  const zone = entries[0]?.timezone;
  // Named as an extension rather than the calendar's time zone, so DTSTART stays in UTC
  // and no VTIMEZONE block is needed.
  if (zone) calendar.x("X-WR-TIMEZONE", zone);
  for (const entry of entries) {
    calendar.createEvent({
      id: `${entry.id}@pavilion`,
      summary: entry.title,
      description: entry.description,
      start: new Date(entry.startsAt),
      end: new Date(entry.endsAt),
      url: entry.url,
      status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      sequence: sequenceOf(entry.updatedAt),
      stamp: new Date(entry.updatedAt),
      lastModified: new Date(entry.updatedAt),
    });
  }
  return calendar.toString();
}

/** The entry for an event row in a locale (title and description fall back to the other language). */
export function calendarEntryFor(event: Event, locale: SupportedLocale, publicUrl: string): CalendarEntry {
  return {
    id: event.id,
    title: inLanguage({ ru: event.title_ru, en: event.title_en }, locale),
    description: inLanguage({ ru: event.description_ru, en: event.description_en }, locale),
    startsAt: event.starts_at,
    endsAt: event.ends_at,
    timezone: event.timezone,
    url: `${publicUrl.replace(/\/+$/, "")}/events/${event.id}`,
    cancelled: event.status === "cancelled",
    updatedAt: event.updated_at,
  };
}

/**
 * Calendars replace an entry they hold only by a higher SEQUENCE: seconds since 2020 grow
 * with every change and fit the 32-bit integer clients expect until 2088.
 */
function sequenceOf(updatedAt: string): number {
  const seconds = Math.floor((Date.parse(updatedAt) - Date.UTC(2020, 0, 1)) / 1000);
  return Math.max(0, seconds);
}
