import { describe, expect, it } from "vitest";
import { formatShortDateTime } from "./time.ts";

describe("times on the registrants page", () => {
  it("shows a moment in the event's time zone, without the year", () => {
    expect(formatShortDateTime("2026-11-24T21:30:00Z", "en", "Europe/Moscow")).toBe("25 Nov, 00:30");
    expect(formatShortDateTime("2026-11-24T21:30:00Z", "ru", "Europe/Moscow")).toBe("25 нояб., 00:30");
  });
});
