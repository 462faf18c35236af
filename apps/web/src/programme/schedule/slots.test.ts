import type { ScheduleEvent } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import { countByDay, slotsOfDay } from "./slots.ts";

function event(id: string, startsAt: string, endsAt: string, stream: string | null): ScheduleEvent {
  return {
    id,
    kind: stream ? "programme" : "webinar",
    format: "seminar",
    stream,
    title: { ru: id, en: id },
    description: { ru: "", en: "" },
    startsAt,
    endsAt,
    timezone: "Europe/Moscow",
    host: { exhibitorId: null, name: { ru: "", en: "" } },
    speakers: [],
    capacity: null,
    seatsLeft: null,
    registrationMode: "open",
    status: "approved",
    myStatus: null,
  };
}

// 11:00 and 12:30 Moscow time on 14 October; one event on the 15th.
const events = [
  event("plenary", "2026-10-14T09:30:00Z", "2026-10-14T11:00:00Z", "Plenary"),
  event("regional-b", "2026-10-14T08:00:00Z", "2026-10-14T09:00:00Z", "B"),
  event("webinar", "2026-10-14T08:00:00Z", "2026-10-14T09:30:00Z", null),
  event("regional-a", "2026-10-14T08:00:00Z", "2026-10-14T09:00:00Z", "A"),
  event("next-day", "2026-10-15T08:00:00Z", "2026-10-15T09:00:00Z", "A"),
];

describe("slotsOfDay", () => {
  it("puts events that start together in one slot, streams in order, webinars last", () => {
    const slots = slotsOfDay(events, "2026-10-14", "Europe/Moscow");
    expect(slots.map((slot) => slot.events.map((e) => e.id))).toEqual([
      ["regional-a", "regional-b", "webinar"],
      ["plenary"],
    ]);
    expect(slots[0]?.endsAt).toBe("2026-10-14T09:30:00Z");
  });

  it("leaves out other days", () => {
    expect(slotsOfDay(events, "2026-10-15", "Europe/Moscow").map((slot) => slot.events[0]?.id)).toEqual([
      "next-day",
    ]);
  });
});

describe("countByDay", () => {
  it("counts events per day in the exhibition's zone", () => {
    const counts = countByDay(events, "Europe/Moscow");
    expect(counts.get("2026-10-14")).toBe(4);
    expect(counts.get("2026-10-15")).toBe(1);
  });
});
