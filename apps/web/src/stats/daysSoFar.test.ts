import { describe, expect, it } from "vitest";
import { daysSoFar } from "./daysSoFar.ts";

describe("daysSoFar", () => {
  it("keeps the days up to today and drops the days to come", () => {
    const days = ["2026-11-23", "2026-11-24", "2026-11-25"].map((day) => ({ day, visits: 1 }));
    expect(daysSoFar(days, new Date(2026, 10, 24, 12)).map((d) => d.day)).toEqual([
      "2026-11-23",
      "2026-11-24",
    ]);
  });
});
