import { describe, expect, it } from "vitest";
import { laterOf, minutesLeft, mutedUntilFrom } from "./mute.ts";

const now = new Date("2026-04-01T10:00:00.000Z");

describe("minutesLeft", () => {
  it("rounds up, so the last seconds still read as a minute", () => {
    expect(minutesLeft("2026-04-01T10:10:00.000Z", now)).toBe(10);
    expect(minutesLeft("2026-04-01T10:09:01.000Z", now)).toBe(10);
    expect(minutesLeft("2026-04-01T10:00:05.000Z", now)).toBe(1);
  });

  it("is zero when the mute is over, absent or unreadable", () => {
    expect(minutesLeft("2026-04-01T10:00:00.000Z", now)).toBe(0);
    expect(minutesLeft("2026-04-01T09:00:00.000Z", now)).toBe(0);
    expect(minutesLeft(null, now)).toBe(0);
    expect(minutesLeft("soon", now)).toBe(0);
  });
});

describe("the end of a mute", () => {
  it("comes from the minutes a refused send names", () => {
    expect(mutedUntilFrom(10, now)).toBe("2026-04-01T10:10:00.000Z");
    expect(mutedUntilFrom("3", now)).toBe("2026-04-01T10:03:00.000Z");
    expect([mutedUntilFrom(undefined, now), mutedUntilFrom(0, now), mutedUntilFrom("x", now)]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it("is the later of what the history says and what a send learned", () => {
    const early = "2026-04-01T10:05:00.000Z";
    const late = "2026-04-01T10:10:00.000Z";
    expect([laterOf(early, late), laterOf(late, early), laterOf(null, early), laterOf(late, null)]).toEqual([
      late,
      late,
      early,
      late,
    ]);
    expect(laterOf(null, null)).toBeNull();
  });
});
