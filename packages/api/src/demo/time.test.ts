import { describe, expect, it } from "vitest";
import { addDays, dateInZone, zonedTime } from "./time.ts";

describe("time zone helpers", () => {
  it("tells the Moscow date of an instant late in the UTC evening", () => {
    expect(dateInZone(new Date("2026-11-23T22:30:00.000Z"), "Europe/Moscow")).toBe("2026-11-24");
    expect(dateInZone(new Date("2026-11-23T20:59:00.000Z"), "Europe/Moscow")).toBe("2026-11-23");
  });

  it("turns Moscow wall-clock time into UTC (UTC+3)", () => {
    expect(zonedTime("2026-11-23", "11:00", "Europe/Moscow").toISOString()).toBe("2026-11-23T08:00:00.000Z");
  });

  it("follows daylight saving time in zones that have it", () => {
    expect(zonedTime("2026-07-01", "12:00", "Europe/Berlin").toISOString()).toBe("2026-07-01T10:00:00.000Z");
    expect(zonedTime("2026-01-15", "12:00", "Europe/Berlin").toISOString()).toBe("2026-01-15T11:00:00.000Z");
  });

  it("moves dates across month and year ends", () => {
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2026-03-01", -2)).toBe("2026-02-27");
  });
});
