/** The schedule's filters as they live in the URL (?day=&stream=&format=&kind=&q=), read and written safely. */
import {
  type EventFormat,
  eventFormatSchema,
  eventKindSchema,
  type ScheduleEvent,
  type ScheduleInput,
} from "@pavilion/schema";

export type EventKind = ScheduleEvent["kind"];

export interface ScheduleFilters {
  day: string | null;
  stream: string;
  format: EventFormat | "";
  kind: EventKind | "";
  search: string;
}

/** The URL parameter each filter is kept in. */
export const filterParams = {
  day: "day",
  stream: "stream",
  format: "format",
  kind: "kind",
  search: "q",
} as const;

/** Reads the filters; values the API would refuse (a made-up format) read as "any". */
export function readFilters(params: URLSearchParams): ScheduleFilters {
  const format = eventFormatSchema.safeParse(params.get(filterParams.format));
  const kind = eventKindSchema.safeParse(params.get(filterParams.kind));
  const day = params.get(filterParams.day);
  return {
    day: day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null,
    stream: (params.get(filterParams.stream) ?? "").slice(0, 40),
    format: format.success ? format.data : "",
    kind: kind.success ? kind.data : "",
    search: (params.get(filterParams.search) ?? "").slice(0, 100),
  };
}

/**
 * What the API is asked for: every filter but the day (the page switches days without a round
 * trip, and the day tabs show every day that has events).
 */
export function scheduleQuery(filters: ScheduleFilters, search: string): ScheduleInput {
  const input: ScheduleInput = {};
  if (filters.stream) input.stream = filters.stream;
  if (filters.format) input.format = filters.format;
  if (filters.kind) input.kind = filters.kind;
  const trimmed = search.trim();
  if (trimmed) input.search = trimmed;
  return input;
}

/** Whether any filter but the day narrows the list. */
export function isFiltered(filters: ScheduleFilters): boolean {
  return Boolean(filters.stream || filters.format || filters.kind || filters.search.trim());
}

/** The day to show: the one asked for, else today, else the next day with events, else the last. */
export function pickDay(days: readonly string[], requested: string | null, today: string): string | null {
  if (requested && days.includes(requested)) return requested;
  if (days.includes(today)) return today;
  return days.find((day) => day > today) ?? days.at(-1) ?? null;
}

/** The URL parameters with one filter changed (an empty value removes it). */
export function withFilter(
  params: URLSearchParams,
  key: keyof typeof filterParams,
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(filterParams[key], value);
  else next.delete(filterParams[key]);
  return next;
}
