/**
 * Turnout of events that start within a period: registered (accepted or waiting) and attended
 * (joined the webinar room or checked in at the desk), for one exhibitor's webinars or the whole
 * exhibition's programme. Meetings are one-to-one and not counted.
 */
import type { Database } from "@pavilion/db";
import { periodInstants, type StatsPeriod } from "./period.ts";

export interface EventTurnout {
  eventId: string;
  title: { ru: string; en: string };
  stream: string | null;
  startsAt: string;
  registered: number;
  attended: number;
  /** attended / registered; null with nobody registered. */
  attendanceRate: number | null;
}

/** Approved events of the exhibitor (or of the whole exhibition) starting in the period, by start. */
export async function turnoutOf(
  db: Database,
  owner: { exhibitorId: string } | { exhibitionId: string },
  period: StatsPeriod,
  timeZone: string,
): Promise<EventTurnout[]> {
  const { start, end } = periodInstants(period, timeZone);
  const rows = await db
    .selectFrom("events")
    .leftJoin("registrations as r", (join) =>
      join.onRef("r.event_id", "=", "events.id").on("r.status", "in", ["accepted", "pending"]),
    )
    .select(["events.id", "events.title_ru", "events.title_en", "events.stream", "events.starts_at"])
    .select((eb) => [
      eb.fn.count<number>("r.id").as("registered"),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.or([eb("r.attended_at", "is not", null), eb("r.checked_in_at", "is not", null)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as("attended"),
    ])
    .where((eb) =>
      "exhibitorId" in owner
        ? eb("events.exhibitor_id", "=", owner.exhibitorId)
        : eb("events.exhibition_id", "=", owner.exhibitionId),
    )
    .where("events.kind", "!=", "meeting")
    .where("events.status", "=", "approved")
    .where("events.starts_at", ">=", start)
    .where("events.starts_at", "<", end)
    .groupBy(["events.id", "events.title_ru", "events.title_en", "events.stream", "events.starts_at"])
    .orderBy("events.starts_at")
    .orderBy("events.id")
    .execute();
  return rows.map((row) => {
    const registered = Number(row.registered);
    const attended = Number(row.attended ?? 0);
    return {
      eventId: row.id,
      title: { ru: row.title_ru, en: row.title_en },
      stream: row.stream,
      startsAt: row.starts_at,
      registered,
      attended,
      attendanceRate: registered === 0 ? null : attended / registered,
    };
  });
}

/** Turnout summed per parallel stream (null: events outside any stream), in the streams' order. */
export function turnoutByStream(events: readonly EventTurnout[]) {
  const streams = new Map<string | null, { stream: string | null; registered: number; attended: number }>();
  for (const event of events) {
    const entry = streams.get(event.stream) ?? { stream: event.stream, registered: 0, attended: 0 };
    entry.registered += event.registered;
    entry.attended += event.attended;
    streams.set(event.stream, entry);
  }
  return [...streams.values()].sort((a, b) =>
    a.stream === b.stream
      ? 0
      : a.stream === null
        ? 1
        : b.stream === null
          ? -1
          : a.stream.localeCompare(b.stream),
  );
}
