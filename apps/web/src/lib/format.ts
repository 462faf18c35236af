/** Dates and times for people, through Intl in the site's language. */
import { intlTag, type Locale } from "../i18n/locale.ts";

/** A calendar date "YYYY-MM-DD" as a Date at UTC midnight, so no time zone can shift the day. */
function calendarDate(day: string): Date {
  const [year = 1970, month = 1, date = 1] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

/** "12–24 October 2025" / "12–24 октября 2025 г." for the exhibition's first and last day. */
export function formatDateRange(startsOn: string, endsOn: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(intlTag(locale), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const start = calendarDate(startsOn);
  const end = calendarDate(endsOn);
  return end.getTime() > start.getTime() ? format.formatRange(start, end) : format.format(start);
}

/** "14:30" in the given time zone (the visitor's own when omitted). */
export function formatTime(iso: string, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

/** "3 Oct 2025, 14:30" in the given time zone (the visitor's own when omitted). */
export function formatDateTime(iso: string, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

/** Whether an event runs at this moment. */
export function isLive(startsAt: string, endsAt: string, now: Date): boolean {
  const t = now.getTime();
  return Date.parse(startsAt) <= t && t < Date.parse(endsAt);
}

/** The visitor's IANA time zone, as the browser reports it. */
export function visitorTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A time zone's name in the site's language ("Moscow Standard Time"), or its id if Intl has none. */
export function timeZoneLabel(timeZone: string, locale: Locale, at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat(intlTag(locale), { timeZone, timeZoneName: "long" }).formatToParts(
    at,
  );
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

/** "1:05" or "1:02:03" for a video's length; null when unknown. */
export function formatDuration(ms: number | null | undefined): string | null {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms <= 0) return null;
  const total = Math.max(1, Math.round(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}
