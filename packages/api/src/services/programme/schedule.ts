/** The public schedule: approved and cancelled events of the exhibition, filtered, in time order. */
import type { Database } from "@pavilion/db";
import type { Schedule, ScheduleEvent, ScheduleInput, SessionUser } from "@pavilion/schema";
import { currentExhibition } from "../exhibition/overview.ts";
import { daysAndStreams, filterSchedule } from "./filters.ts";
import { eventRowsQuery, scheduleRows } from "./schedule-rows.ts";

/** By start, then stream (events without one first), then title. */
export function scheduleOrder(a: ScheduleEvent, b: ScheduleEvent): number {
  return (
    a.startsAt.localeCompare(b.startsAt) ||
    (a.stream ?? "").localeCompare(b.stream ?? "", "en") ||
    a.title.en.localeCompare(b.title.en, "en") ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The schedule for anyone: meetings are private to their two sides and drafts to their hosts,
 * so neither appears. Days and streams are those of every public event, before the filters.
 */
export async function programmeSchedule(
  db: Database,
  user: SessionUser | null,
  filters: ScheduleInput,
): Promise<Schedule> {
  const exhibition = await currentExhibition(db);
  const rows = await eventRowsQuery(db)
    .where("events.exhibition_id", "=", exhibition.id)
    .where("events.status", "in", ["approved", "cancelled"])
    .where("events.kind", "!=", "meeting")
    .execute();
  const events = (await scheduleRows(db, user, rows)).sort(scheduleOrder);
  const { days, streams } = daysAndStreams(events, exhibition.timezone);
  return {
    timezone: exhibition.timezone,
    days,
    streams,
    events: filterSchedule(events, filters, exhibition.timezone),
  };
}
