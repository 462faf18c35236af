import { describe, expect, it } from "vitest";
import { finalReminderAt, planReminderTimes, type ReminderEvent, weeklyReminderAt } from "./schedule.ts";

const event = (startsAt: string, timeZone: string, endsAt?: string): ReminderEvent => ({
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt ?? new Date(new Date(startsAt).getTime() + 3_600_000).toISOString()),
  timeZone,
  hasMaterials: true,
});
const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

describe("the final reminder, 09:00 in the event's time zone on the day before", () => {
  it("is at 09:00 summer time in Berlin for an event on the morning the clocks go back", () => {
    // 25 October 2026, 10:00 CET (UTC+1); the day before is still CEST (UTC+2).
    expect(iso(finalReminderAt(event("2026-10-25T09:00:00.000Z", "Europe/Berlin")))).toBe(
      "2026-10-24T07:00:00.000Z",
    );
  });

  it("is at 09:00 winter time in Berlin for an event the day after the change", () => {
    expect(iso(finalReminderAt(event("2026-10-26T09:00:00.000Z", "Europe/Berlin")))).toBe(
      "2026-10-25T08:00:00.000Z",
    );
  });

  it("is at 09:00 in Berlin for an event in the spring night the clocks go forward", () => {
    // 29 March 2026, 03:30 CEST = 01:30 UTC; 28 March is CET.
    expect(iso(finalReminderAt(event("2026-03-29T01:30:00.000Z", "Europe/Berlin")))).toBe(
      "2026-03-28T08:00:00.000Z",
    );
  });

  it("takes the day before in Vladivostok, not in UTC", () => {
    // 23 November 2026, 08:00 in Vladivostok (UTC+10) is still 22 November in UTC.
    expect(iso(finalReminderAt(event("2026-11-22T22:00:00.000Z", "Asia/Vladivostok")))).toBe(
      "2026-11-21T23:00:00.000Z",
    );
  });
});

describe("planning a registration's reminders", () => {
  const berlin = event("2026-11-05T14:00:00.000Z", "Europe/Berlin", "2026-11-05T16:00:00.000Z");

  it("plans the first weekly one, the final, the 'starting soon' and the materials", () => {
    const registered = new Date("2026-10-20T10:00:00.000Z");
    const planned = planReminderTimes(berlin, registered, registered);
    expect(planned.map((p) => [p.which, p.week ?? null, iso(p.runAt)])).toEqual([
      // A week later at the same local time: 12:00 CEST became 12:00 CET across the change.
      ["weekly", 1, "2026-10-27T11:00:00.000Z"],
      ["final", null, "2026-11-04T08:00:00.000Z"],
      ["soon", null, "2026-11-05T13:45:00.000Z"],
      ["materials", null, "2026-11-05T17:00:00.000Z"],
    ]);
  });

  it("stops the weekly ones a day before the final one", () => {
    const registered = new Date("2026-10-20T10:00:00.000Z");
    expect(iso(weeklyReminderAt(berlin, registered, 1))).toBe("2026-10-27T11:00:00.000Z");
    expect(weeklyReminderAt(berlin, registered, 2)).toBeNull(); // 3 November 11:00 is < 1 day before
  });

  it("skips the final one when registering less than 12 hours before it", () => {
    const registered = new Date("2026-11-04T00:00:00.000Z");
    expect(planReminderTimes(berlin, registered, registered).map((p) => p.which)).toEqual([
      "soon",
      "materials",
    ]);
  });

  it("skips the final one when its moment has passed, and 'soon' within the last 15 minutes", () => {
    const registered = new Date("2026-11-05T13:50:00.000Z");
    expect(planReminderTimes(berlin, registered, registered).map((p) => p.which)).toEqual(["materials"]);
  });

  it("sends no materials invitation for a one-to-one meeting", () => {
    const meeting = { ...berlin, hasMaterials: false };
    const registered = new Date("2026-11-04T20:00:00.000Z");
    expect(planReminderTimes(meeting, registered, registered).map((p) => p.which)).toEqual(["soon"]);
  });
});
