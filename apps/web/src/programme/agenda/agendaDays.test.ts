import type { ScheduleEvent } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import { agendaDays, canCancel } from "./agendaDays.ts";

function event(
  id: string,
  startsAt: string,
  myStatus: ScheduleEvent["myStatus"] = "accepted",
): ScheduleEvent {
  return {
    id,
    kind: "programme",
    format: "seminar",
    stream: "A",
    title: { ru: id, en: id },
    description: { ru: "", en: "" },
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
    timezone: "Europe/Moscow",
    host: { exhibitorId: null, name: { ru: "", en: "" } },
    speakers: [],
    capacity: null,
    seatsLeft: null,
    registrationMode: "open",
    status: "approved",
    myStatus,
  };
}

describe("agendaDays", () => {
  it("groups by the viewer's day, soonest first", () => {
    const days = agendaDays(
      [
        event("late", "2026-10-14T16:00:00Z"),
        event("early", "2026-10-14T08:00:00Z"),
        event("tomorrow-in-tokyo", "2026-10-14T15:30:00Z"),
      ],
      "Asia/Tokyo",
    );
    expect(days.map((day) => [day.day, day.events.map((e) => e.id)])).toEqual([
      ["2026-10-14", ["early"]],
      ["2026-10-15", ["tomorrow-in-tokyo", "late"]],
    ]);
  });
});

describe("canCancel", () => {
  const now = new Date("2026-10-14T12:00:00Z");
  it("lets the registrant cancel a coming event they are registered or waiting for", () => {
    expect(canCancel(event("a", "2026-10-15T08:00:00Z"), now)).toBe(true);
    expect(canCancel(event("p", "2026-10-15T08:00:00Z", "pending"), now)).toBe(true);
  });
  it("offers nothing for a rejected application or an event that is over", () => {
    expect(canCancel(event("r", "2026-10-15T08:00:00Z", "rejected"), now)).toBe(false);
    expect(canCancel(event("o", "2026-10-13T08:00:00Z"), now)).toBe(false);
  });
});
