/** The day's events cut into time slots: events that start together run side by side, one per stream. */
import type { ScheduleEvent } from "@pavilion/schema";
import { dayIn } from "../time.ts";

export interface TimeSlot {
  /** The shared start, ISO. */
  startsAt: string;
  /** The latest end among the slot's events, ISO. */
  endsAt: string;
  events: ScheduleEvent[];
}

/** The events of `day` (in the exhibition's zone), by start time; in a slot, by stream then title. */
export function slotsOfDay(events: readonly ScheduleEvent[], day: string, timeZone: string): TimeSlot[] {
  const slots = new Map<number, TimeSlot>();
  for (const event of events) {
    if (dayIn(event.startsAt, timeZone) !== day) continue;
    const key = Date.parse(event.startsAt);
    const slot = slots.get(key);
    if (!slot) slots.set(key, { startsAt: event.startsAt, endsAt: event.endsAt, events: [event] });
    else {
      slot.events.push(event);
      if (Date.parse(event.endsAt) > Date.parse(slot.endsAt)) slot.endsAt = event.endsAt;
    }
  }
  return [...slots.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, slot]) => ({ ...slot, events: slot.events.sort(byStreamThenTitle) }));
}

function byStreamThenTitle(a: ScheduleEvent, b: ScheduleEvent): number {
  // The organiser's streams first, in name order; webinars and meetings (no stream) after them.
  if (a.stream !== b.stream) {
    if (a.stream === null) return 1;
    if (b.stream === null) return -1;
    return a.stream.localeCompare(b.stream);
  }
  return a.title.en.localeCompare(b.title.en);
}

/** How many events each day has, for the day tabs. */
export function countByDay(events: readonly ScheduleEvent[], timeZone: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    const day = dayIn(event.startsAt, timeZone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}
