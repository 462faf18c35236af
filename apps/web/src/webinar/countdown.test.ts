import { describe, expect, it } from "vitest";
import { countdownTo } from "./countdown.ts";

const now = new Date("2026-10-14T10:00:00.000Z");

describe("countdownTo", () => {
  it("counts hours, minutes and seconds to the start", () => {
    expect(countdownTo("2026-10-14T12:03:05.000Z", now)).toEqual({ days: 0, clock: "02:03:05" });
  });

  it("counts whole days apart", () => {
    expect(countdownTo("2026-10-16T10:00:01.000Z", now)).toEqual({ days: 2, clock: "00:00:01" });
  });

  it("rounds up, so the last second still shows a second", () => {
    expect(countdownTo("2026-10-14T10:00:00.400Z", now)).toEqual({ days: 0, clock: "00:00:01" });
  });

  it("stops at the start, and for a date it cannot read", () => {
    expect(countdownTo("2026-10-14T10:00:00.000Z", now)).toBeNull();
    expect(countdownTo("2026-10-14T09:00:00.000Z", now)).toBeNull();
    expect(countdownTo("soon", now)).toBeNull();
  });
});
