/** The programme's sessions grouped as the organisers plan them: by day, then by stream. */
import type { AuthoredEvent } from "@pavilion/schema";
import { dayIn } from "../../programme/time.ts";

export interface ProgrammeDay {
  day: string;
  streams: { stream: string | null; events: AuthoredEvent[] }[];
}

/** Days in order; in each, streams by name (sessions without a stream last), sessions by start. */
export function groupByDayAndStream(events: readonly AuthoredEvent[]): ProgrammeDay[] {
  const days = new Map<string, Map<string | null, AuthoredEvent[]>>();
  const sorted = [...events].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  for (const event of sorted) {
    const day = dayIn(event.startsAt, event.timezone);
    const streams = days.get(day) ?? new Map<string | null, AuthoredEvent[]>();
    days.set(day, streams);
    const key = event.stream?.trim() || null;
    streams.set(key, [...(streams.get(key) ?? []), event]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, streams]) => ({
      day,
      streams: [...streams.entries()]
        .sort(([a], [b]) =>
          a === null ? 1 : b === null ? -1 : a.localeCompare(b, undefined, { numeric: true }),
        )
        .map(([stream, list]) => ({ stream, events: list })),
    }));
}
