import { describe, expect, it } from "vitest";
import { formatEventTime } from "./eventTime.ts";

describe("formatEventTime", () => {
  it("shows a same-day webinar as one date and a time range, in the given time zone", () => {
    const text = formatEventTime(
      "2025-10-14T11:00:00.000Z",
      "2025-10-14T12:30:00.000Z",
      "en",
      "Europe/Moscow",
    );
    expect(text).toMatch(/14 Oct/);
    expect(text).toMatch(/14:00\s*–\s*15:30/);
  });

  it("follows the visitor's time zone, not the server's", () => {
    const text = formatEventTime("2025-10-14T11:00:00.000Z", "2025-10-14T12:00:00.000Z", "en", "Asia/Tokyo");
    expect(text).toMatch(/20:00\s*–\s*21:00/);
  });

  it("speaks Russian", () => {
    const text = formatEventTime(
      "2025-10-14T11:00:00.000Z",
      "2025-10-14T12:00:00.000Z",
      "ru",
      "Europe/Moscow",
    );
    expect(text).toMatch(/14 окт/);
    expect(text).toMatch(/14:00\s*–\s*15:00/);
  });

  it("copes with a missing or broken end time", () => {
    expect(formatEventTime("2025-10-14T11:00:00.000Z", "soon", "en", "UTC")).toMatch(/11:00$/);
    expect(formatEventTime("never", "soon", "en", "UTC")).toBe("");
  });
});
