import { describe, expect, it } from "vitest";
import { dayOf, instantOf, overlaps, slotTimes } from "./slot-times.ts";

describe("meeting times", () => {
  it("cuts 11:00–17:00 Moscow time into twelve half hours, in UTC", () => {
    const times = slotTimes("2026-11-25", "11:00", "17:00", 30, "Europe/Moscow");
    expect(times).toHaveLength(12);
    expect(times[0]).toEqual({ startsAt: "2026-11-25T08:00:00.000Z", endsAt: "2026-11-25T08:30:00.000Z" });
    expect(times[11]?.endsAt).toBe("2026-11-25T14:00:00.000Z");
  });

  it("leaves out a last meeting that would overrun the end", () => {
    const times = slotTimes("2026-11-25", "11:00", "12:00", 45, "Europe/Moscow");
    expect(times).toEqual([{ startsAt: "2026-11-25T08:00:00.000Z", endsAt: "2026-11-25T08:45:00.000Z" }]);
    expect(slotTimes("2026-11-25", "12:00", "11:00", 15, "Europe/Moscow")).toEqual([]);
  });

  it("reads wall-clock times in the zone across a daylight-saving change", () => {
    // Berlin moves from UTC+2 to UTC+1 on 25 October 2026.
    expect(instantOf("2026-10-24", "11:00", "Europe/Berlin")).toBe("2026-10-24T09:00:00.000Z");
    expect(instantOf("2026-10-26", "11:00", "Europe/Berlin")).toBe("2026-10-26T10:00:00.000Z");
    expect(dayOf("2026-11-25T21:30:00.000Z", "Europe/Moscow")).toBe("2026-11-26");
  });

  it("treats touching times as not overlapping", () => {
    const a = { startsAt: "2026-11-25T08:00:00.000Z", endsAt: "2026-11-25T08:30:00.000Z" };
    const b = { startsAt: "2026-11-25T08:30:00.000Z", endsAt: "2026-11-25T09:00:00.000Z" };
    const c = { startsAt: "2026-11-25T08:15:00.000Z", endsAt: "2026-11-25T08:45:00.000Z" };
    expect(overlaps(a, b)).toBe(false);
    expect(overlaps(a, c)).toBe(true);
  });
});
