import { describe, expect, it } from "vitest";
import { formatDateRange, formatDateTime, formatTime, isLive, timeZoneLabel } from "./format.ts";

/** Intl puts thin and no-break spaces around dashes and units; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, " ");

describe("formatDateRange", () => {
  it("writes the exhibition's days in the site's language", () => {
    expect(plain(formatDateRange("2025-10-12", "2025-10-24", "en"))).toBe("12 – 24 October 2025");
    expect(plain(formatDateRange("2025-10-12", "2025-10-24", "ru"))).toBe("12–24 октября 2025 г.");
  });

  it("spans months and writes a one-day exhibition as one date", () => {
    expect(plain(formatDateRange("2025-09-29", "2025-10-03", "en"))).toBe("29 September – 3 October 2025");
    expect(plain(formatDateRange("2025-10-12", "2025-10-12", "en"))).toBe("12 October 2025");
  });
});

describe("formatTime", () => {
  it("shows an instant on the 24-hour clock in the given time zone", () => {
    expect(formatTime("2025-10-12T08:00:00.000Z", "ru", "Europe/Moscow")).toBe("11:00");
    expect(formatTime("2025-10-12T08:00:00.000Z", "en", "Asia/Yekaterinburg")).toBe("13:00");
    expect(formatTime("2025-10-12T15:30:00.000Z", "en", "UTC")).toBe("15:30");
  });
});

describe("formatDateTime", () => {
  it("includes the date and the time", () => {
    expect(plain(formatDateTime("2025-10-12T08:05:00.000Z", "en", "UTC"))).toBe("12 Oct 2025, 08:05");
    expect(plain(formatDateTime("2025-10-12T08:05:00.000Z", "ru", "Europe/Moscow"))).toMatch(
      /^12 окт\.? 2025( г\.)?,? 11:05$/,
    );
  });
});

describe("isLive", () => {
  const start = "2025-10-12T08:00:00.000Z";
  const end = "2025-10-12T09:00:00.000Z";
  it("is live from the start up to, not including, the end", () => {
    expect(isLive(start, end, new Date("2025-10-12T08:00:00.000Z"))).toBe(true);
    expect(isLive(start, end, new Date("2025-10-12T08:59:59.000Z"))).toBe(true);
    expect(isLive(start, end, new Date("2025-10-12T09:00:00.000Z"))).toBe(false);
    expect(isLive(start, end, new Date("2025-10-12T07:59:59.000Z"))).toBe(false);
  });
});

describe("timeZoneLabel", () => {
  it("names the time zone in the site's language", () => {
    const at = new Date("2025-10-12T08:00:00.000Z");
    expect(timeZoneLabel("Europe/Moscow", "en", at)).toBe("Moscow Standard Time");
    expect(timeZoneLabel("Europe/Moscow", "ru", at)).toMatch(/Москва/);
  });
});
