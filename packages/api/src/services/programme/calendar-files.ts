/** The .ics files people download: one event's, and a person's private feed of what they registered for. */
import type { Database, Locale } from "@pavilion/db";
import type { SupportedLocale } from "@pavilion/i18n";
import type { SessionUser } from "@pavilion/schema";
import { AppError, NotFoundError } from "../../errors.ts";
import { inLanguage } from "../cabinet/names.ts";
import { currentExhibition } from "../exhibition/overview.ts";
import { buildCalendar, calendarEntryFor } from "./ics.ts";
import { openListedEvent } from "./listed-event.ts";
import { inAgendaOf } from "./my-agenda.ts";

export interface CalendarFile {
  fileName: string;
  text: string;
}

/** A file name from a title: no path separators or control characters, at most 100 characters. */
export function fileNameOf(title: string, extension: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
  const clean = title.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, " ").replace(/\s+/g, " ");
  return `${clean.trim().slice(0, 100).trim() || "event"}.${extension}`;
}

async function calendarName(db: Database, locale: SupportedLocale): Promise<string> {
  const exhibition = await currentExhibition(db);
  return inLanguage({ ru: exhibition.name_ru, en: exhibition.name_en }, locale);
}

/**
 * One approved event as a calendar file. NotFoundError when the caller may not know of it
 * (meetings: only their two sides and organisers); "calendar.eventCancelled" for a cancelled one.
 */
export async function eventCalendarFile(
  db: Database,
  user: SessionUser | null,
  eventId: string,
  locale: SupportedLocale,
  publicUrl: string,
): Promise<CalendarFile> {
  const { event } = await openListedEvent(db, user, eventId);
  if (event.status === "cancelled") throw new AppError("calendar.eventCancelled");
  if (event.status !== "approved") throw new NotFoundError("event");
  const entry = calendarEntryFor(event, locale, publicUrl);
  const text = buildCalendar([entry], { name: await calendarName(db, locale) });
  return { fileName: fileNameOf(entry.title, "ics"), text };
}

/**
 * The feed behind /calendar/<token>.ics in the person's own language, or null for a token nobody
 * holds. Cancelled events stay in it, marked CANCELLED, so subscribed calendars drop them.
 */
export async function calendarFeedFile(
  db: Database,
  token: string,
  publicUrl: string,
): Promise<CalendarFile | null> {
  const owner = await db
    .selectFrom("users")
    .select(["id", "locale"])
    .where("calendar_token", "=", token)
    .executeTakeFirst();
  if (!owner) return null;
  const locale: Locale = owner.locale;
  const events = await db
    .selectFrom("events")
    .selectAll()
    // Every status: an event back in review after a change stays in people's calendars meanwhile.
    .where(inAgendaOf(db, owner.id))
    .orderBy("starts_at")
    .orderBy("id")
    .execute();
  const name = await calendarName(db, locale);
  const entries = events.map((event) => calendarEntryFor(event, locale, publicUrl));
  return { fileName: fileNameOf(name, "ics"), text: buildCalendar(entries, { name }) };
}
