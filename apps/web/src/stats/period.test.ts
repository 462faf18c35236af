import { describe, expect, it } from "vitest";
import {
  activePreset,
  addDays,
  isReversed,
  minutesAndSeconds,
  presetPeriod,
  readPeriod,
  reportHref,
  statsInput,
  writePeriod,
} from "./period.ts";

describe("the statistics period", () => {
  it("reads days from the address and ignores malformed ones", () => {
    expect(readPeriod(new URLSearchParams("from=2025-10-12&to=oops"))).toEqual({
      from: "2025-10-12",
      to: "",
    });
  });

  it("writes the period in, keeping other parameters", () => {
    const next = writePeriod(new URLSearchParams("lang=en&from=2025-01-01"), { from: "", to: "2025-10-14" });
    expect(next.toString()).toBe("lang=en&to=2025-10-14");
  });

  it("turns presets into days and recognises them back", () => {
    expect(presetPeriod("today", "2025-10-14")).toEqual({ from: "2025-10-14", to: "2025-10-14" });
    expect(presetPeriod("last7", "2025-10-03")).toEqual({ from: "2025-09-27", to: "2025-10-03" });
    expect(presetPeriod("whole", "2025-10-14")).toEqual({ from: "", to: "" });
    expect(activePreset({ from: "2025-10-08", to: "2025-10-14" }, "2025-10-14")).toBe("last7");
    expect(activePreset({ from: "", to: "" }, null)).toBe("whole");
    expect(activePreset({ from: "2025-10-01", to: "2025-10-14" }, "2025-10-14")).toBeNull();
  });

  it("moves days across months and years", () => {
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });

  it("asks the API only for the days that are set, and the report carries them", () => {
    expect(statsInput("ex-1", { from: "2025-10-12", to: "" })).toEqual({
      exhibitorId: "ex-1",
      from: "2025-10-12",
    });
    expect(reportHref("ex-1", { from: "2025-10-12", to: "2025-10-14" }, "xlsx")).toBe(
      "/cabinet/ex-1/stats.xlsx?from=2025-10-12&to=2025-10-14",
    );
    expect(reportHref("ex-1", { from: "", to: "" }, "csv")).toBe("/cabinet/ex-1/stats.csv");
  });

  it("spots a period that ends before it starts", () => {
    expect(isReversed({ from: "2025-10-14", to: "2025-10-12" })).toBe(true);
    expect(isReversed({ from: "2025-10-14", to: "" })).toBe(false);
  });

  it("splits an average time into minutes and seconds", () => {
    expect(minutesAndSeconds(200.4)).toEqual({ minutes: 3, seconds: 20 });
    expect(minutesAndSeconds(-5)).toEqual({ minutes: 0, seconds: 0 });
  });
});
