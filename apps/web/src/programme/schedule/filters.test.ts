import { describe, expect, it } from "vitest";
import { isFiltered, pickDay, readFilters, scheduleQuery, withFilter } from "./filters.ts";

describe("readFilters", () => {
  it("reads every filter from the URL", () => {
    const filters = readFilters(
      new URLSearchParams("day=2026-10-14&stream=B&format=workshop&kind=programme&q=robots"),
    );
    expect(filters).toEqual({
      day: "2026-10-14",
      stream: "B",
      format: "workshop",
      kind: "programme",
      search: "robots",
    });
  });

  it("treats values the API would refuse as no filter", () => {
    const filters = readFilters(new URLSearchParams("day=tomorrow&format=concert&kind=party"));
    expect(filters).toEqual({ day: null, stream: "", format: "", kind: "", search: "" });
  });
});

describe("scheduleQuery", () => {
  it("asks only for the filters that are set, never the day", () => {
    const filters = readFilters(new URLSearchParams("day=2026-10-14&format=seminar"));
    expect(scheduleQuery(filters, "  ai ")).toEqual({ format: "seminar", search: "ai" });
    expect(scheduleQuery(readFilters(new URLSearchParams()), " ")).toEqual({});
  });

  it("knows when a filter narrows the list", () => {
    expect(isFiltered(readFilters(new URLSearchParams("day=2026-10-14")))).toBe(false);
    expect(isFiltered(readFilters(new URLSearchParams("kind=webinar")))).toBe(true);
  });
});

describe("pickDay", () => {
  const days = ["2026-10-14", "2026-10-15", "2026-10-16"];
  it("keeps the day asked for when it has events", () => {
    expect(pickDay(days, "2026-10-16", "2026-10-15")).toBe("2026-10-16");
  });
  it("opens on today during the exhibition", () => {
    expect(pickDay(days, null, "2026-10-15")).toBe("2026-10-15");
    expect(pickDay(days, "2026-11-01", "2026-10-15")).toBe("2026-10-15");
  });
  it("opens on the first day before it and the last day after it", () => {
    expect(pickDay(days, null, "2026-10-01")).toBe("2026-10-14");
    expect(pickDay(days, null, "2026-12-01")).toBe("2026-10-16");
  });
  it("has no day when nothing is scheduled", () => {
    expect(pickDay([], null, "2026-10-15")).toBeNull();
  });
});

describe("withFilter", () => {
  it("sets and removes one parameter, keeping the others", () => {
    const params = new URLSearchParams("day=2026-10-14&q=x");
    expect(withFilter(params, "search", "").toString()).toBe("day=2026-10-14");
    expect(withFilter(params, "stream", "A").get("stream")).toBe("A");
    expect(params.get("q")).toBe("x");
  });
});
