import { describe, expect, it } from "vitest";
import { addMinutes, daysBetween, minutesBetween, utcIsoToZoned, zonedToUtcIso } from "./zonedTime.ts";

describe("zoned times", () => {
  it("turns 11:00 in Moscow into 08:00 UTC", () => {
    expect(zonedToUtcIso("2025-10-14", "11:00", "Europe/Moscow")).toBe("2025-10-14T08:00:00.000Z");
  });

  it("follows summer time in a zone that has it", () => {
    expect(zonedToUtcIso("2025-07-01", "09:30", "Europe/Berlin")).toBe("2025-07-01T07:30:00.000Z");
    expect(zonedToUtcIso("2025-12-01", "09:30", "Europe/Berlin")).toBe("2025-12-01T08:30:00.000Z");
    // The day clocks go forward: 03:30 exists, 01:30 is still winter time.
    expect(zonedToUtcIso("2025-03-30", "03:30", "Europe/Berlin")).toBe("2025-03-30T01:30:00.000Z");
    expect(zonedToUtcIso("2025-03-30", "01:30", "Europe/Berlin")).toBe("2025-03-30T00:30:00.000Z");
  });

  it("handles zones behind UTC and across midnight", () => {
    expect(zonedToUtcIso("2025-10-14", "22:15", "America/New_York")).toBe("2025-10-15T02:15:00.000Z");
    expect(utcIsoToZoned("2025-10-15T02:15:00.000Z", "America/New_York")).toEqual({
      day: "2025-10-14",
      time: "22:15",
    });
  });

  it("reads an instant back as the same day and time", () => {
    const iso = zonedToUtcIso("2025-10-14", "17:05", "Asia/Vladivostok");
    expect(iso).not.toBeNull();
    expect(utcIsoToZoned(iso ?? "", "Asia/Vladivostok")).toEqual({ day: "2025-10-14", time: "17:05" });
  });

  it("gives null for an unfinished time", () => {
    expect(zonedToUtcIso("2025-10-14", "", "Europe/Moscow")).toBeNull();
    expect(zonedToUtcIso("", "11:00", "Europe/Moscow")).toBeNull();
    expect(zonedToUtcIso("2025-10-14", "25:00", "Europe/Moscow")).toBeNull();
  });

  it("lists the exhibition's days and does clock arithmetic", () => {
    expect(daysBetween("2025-10-30", "2025-11-02")).toEqual([
      "2025-10-30",
      "2025-10-31",
      "2025-11-01",
      "2025-11-02",
    ]);
    expect(minutesBetween("11:00", "12:30")).toBe(90);
    expect(addMinutes("11:40", 30)).toBe("12:10");
    expect(addMinutes("23:50", 30)).toBe("23:59");
  });
});
