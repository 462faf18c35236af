/**
 * The schedule's filters as plain functions over its rows: the day (cut in the exhibition's
 * time zone), stream, format, kind and a text search that is blind to letter case in any
 * alphabet (SQLite's lower() and LIKE only fold ASCII, so Cyrillic is matched here).
 */
import { tz } from "@date-fns/tz";
import type { ScheduleEvent, ScheduleInput } from "@pavilion/schema";
import { format } from "date-fns";
import { searchTerms } from "../search/terms.ts";

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function dayIn(instant: string, timeZone: string): string {
  return format(new Date(instant), "yyyy-MM-dd", { in: tz(timeZone) });
}

/** Lower case, ё read as е: the form both the text and the terms are compared in. */
function folded(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/ё/g, "е");
}

/** Everything a search looks through: title, description, speakers' names and companies, both languages. */
function searchableText(event: ScheduleEvent): string {
  const parts = [event.title, event.description, ...event.speakers.flatMap((s) => [s.name, s.company])];
  return folded(parts.flatMap((part) => [part.ru, part.en]).join("\n"));
}

/** True when every word of the query occurs in the event's text. */
export function matchesSearch(event: ScheduleEvent, query: string): boolean {
  const terms = searchTerms(query);
  if (terms.length === 0) return true;
  const text = searchableText(event);
  return terms.every((term) => text.includes(term));
}

/** The events that pass every filter given. */
export function filterSchedule(
  events: readonly ScheduleEvent[],
  filters: ScheduleInput,
  timeZone: string,
): ScheduleEvent[] {
  return events.filter(
    (event) =>
      (filters.day === undefined || dayIn(event.startsAt, timeZone) === filters.day) &&
      (filters.stream === undefined || filters.stream === "" || event.stream === filters.stream) &&
      (filters.format === undefined || event.format === filters.format) &&
      (filters.kind === undefined || event.kind === filters.kind) &&
      (filters.search === undefined || matchesSearch(event, filters.search)),
  );
}

/** The days (in the zone) and streams the events cover, each in order and once. */
export function daysAndStreams(
  events: readonly ScheduleEvent[],
  timeZone: string,
): { days: string[]; streams: string[] } {
  const days = new Set(events.map((event) => dayIn(event.startsAt, timeZone)));
  const streams = new Set(events.flatMap((event) => (event.stream === null ? [] : [event.stream])));
  const inOrder = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b, "en"));
  return { days: inOrder(days), streams: inOrder(streams) };
}
