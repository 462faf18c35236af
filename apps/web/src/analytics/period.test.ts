import { describe, expect, it } from "vitest";
import { heatMapHref, ratePercent, readPeriod, writePeriod } from "./period.ts";

describe("the analytics period in the URL", () => {
  it("reads well-formed days and ignores the rest", () => {
    expect(readPeriod(new URLSearchParams("from=2026-05-01&to=oops"))).toEqual({ from: "2026-05-01" });
    expect(readPeriod(new URLSearchParams(""))).toEqual({});
  });

  it("writes a period and removes a cleared day, keeping other parameters", () => {
    const next = writePeriod(new URLSearchParams("from=2026-05-01&x=1"), { to: "2026-05-03" });
    expect(next.get("from")).toBeNull();
    expect(next.get("to")).toBe("2026-05-03");
    expect(next.get("x")).toBe("1");
  });

  it("links a floor's heat map with the same period", () => {
    expect(heatMapHref("hall a", { from: "2026-05-01", to: "2026-05-02" })).toBe(
      "/floors/hall%20a?heat=1&from=2026-05-01&to=2026-05-02",
    );
    expect(heatMapHref("main", {})).toBe("/floors/main?heat=1");
  });

  it("shows turnout as a percentage, and none without registrations", () => {
    expect(ratePercent(0.666)).toBe(67);
    expect(ratePercent(null)).toBeNull();
  });
});
