import { describe, expect, it } from "vitest";
import { dayIn, eventWhen, formatDay } from "./time.ts";

const moscowMorning = {
  startsAt: "2026-10-14T08:00:00.000Z",
  endsAt: "2026-10-14T09:00:00.000Z",
  timezone: "Europe/Moscow",
};

describe("dayIn", () => {
  it("cuts days in the given zone, not UTC", () => {
    expect(dayIn("2026-10-14T22:30:00.000Z", "Europe/Moscow")).toBe("2026-10-15");
    expect(dayIn("2026-10-14T22:30:00.000Z", "UTC")).toBe("2026-10-14");
  });
});

describe("formatDay", () => {
  it("names the weekday and the date in either language", () => {
    expect(formatDay("2026-10-14", "en")).toMatch(/Wed.*14 Oct/);
    expect(formatDay("2026-10-14", "ru")).toMatch(/ср.*14 окт/);
  });
});

describe("eventWhen", () => {
  it("shows only the viewer's time when the event runs in the same clock", () => {
    const when = eventWhen(moscowMorning, "en", "Europe/Istanbul");
    expect(when.viewer).toBe("11:00–12:00");
    expect(when.event).toBeNull();
  });

  it("adds the event's own time and zone when the viewer's clock differs", () => {
    const when = eventWhen(moscowMorning, "en", "Asia/Vladivostok");
    expect(when.viewer).toBe("18:00–19:00");
    expect(when.event?.time).toBe("11:00–12:00");
    expect(when.event?.zone).toMatch(/Moscow/);
  });

  it("names the day in the viewer's zone when the event crosses midnight there", () => {
    const late = {
      ...moscowMorning,
      startsAt: "2026-10-14T20:00:00.000Z",
      endsAt: "2026-10-14T21:00:00.000Z",
    };
    const when = eventWhen(late, "en", "Asia/Tokyo");
    expect(when.day).toMatch(/15 Oct/);
    expect(when.event?.day).toMatch(/14 Oct/);
  });
});
