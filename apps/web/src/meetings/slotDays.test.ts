import { describe, expect, it } from "vitest";
import { byDay, daysAhead } from "./slotDays.ts";

describe("meeting days", () => {
  it("groups times by the day they start on in the zone", () => {
    const times = [
      { startsAt: "2026-11-25T20:30:00.000Z" },
      { startsAt: "2026-11-25T21:30:00.000Z" },
      { startsAt: "2026-11-26T08:00:00.000Z" },
    ];
    expect(byDay(times, "Europe/Moscow").map((d) => [d.day, d.items.length])).toEqual([
      ["2026-11-25", 1],
      ["2026-11-26", 2],
    ]);
    expect(byDay(times, "UTC").map((d) => [d.day, d.items.length])).toEqual([
      ["2026-11-25", 2],
      ["2026-11-26", 1],
    ]);
  });

  it("offers the exhibition's days from today on", () => {
    expect(daysAhead("2026-11-20", "2026-11-23", "2026-11-22")).toEqual(["2026-11-22", "2026-11-23"]);
    expect(daysAhead("2026-11-20", "2026-11-21", "2026-11-01")).toEqual(["2026-11-20", "2026-11-21"]);
    expect(daysAhead("2026-11-20", "2026-11-21", "2026-12-01")).toEqual([]);
  });
});
