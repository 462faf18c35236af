/** "My agenda" cut into days in the viewer's own zone, soonest first. */
import type { ScheduleEvent } from "@pavilion/schema";
import { dayIn } from "../time.ts";

export interface AgendaDay {
  day: string;
  events: ScheduleEvent[];
}

export function agendaDays(events: readonly ScheduleEvent[], viewerZone: string): AgendaDay[] {
  const days = new Map<string, ScheduleEvent[]>();
  const sorted = [...events].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  for (const event of sorted) {
    const day = dayIn(event.startsAt, viewerZone);
    const list = days.get(day);
    if (list) list.push(event);
    else days.set(day, [event]);
  }
  return [...days.entries()].map(([day, list]) => ({ day, events: list }));
}

/** Whether the caller can still cancel: a live registration for an event that has not ended. */
export function canCancel(event: Pick<ScheduleEvent, "myStatus" | "endsAt" | "status">, now: Date): boolean {
  return (
    (event.myStatus === "accepted" || event.myStatus === "pending") &&
    event.status !== "cancelled" &&
    Date.parse(event.endsAt) > now.getTime()
  );
}
