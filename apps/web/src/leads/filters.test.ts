import { describe, expect, it } from "vitest";
import {
  clearFilters,
  defaultView,
  exportHref,
  isFiltered,
  lastPage,
  listInput,
  readView,
  sortBy,
  toggle,
  writeView,
} from "./filters.ts";

describe("the leads view in the address", () => {
  it("reads filters given as comma lists or repeated, in their canonical order", () => {
    const view = readView(
      new URLSearchParams(
        "warmth=hot,cold&source=chat&source=contact&status=won&from=2025-10-12&to=2025-10-14&search=Иванов",
      ),
    );
    expect(view.warmth).toEqual(["cold", "hot"]);
    expect(view.source).toEqual(["contact", "chat"]);
    expect(view.status).toEqual(["won"]);
    expect(view.from).toBe("2025-10-12");
    expect(view.to).toBe("2025-10-14");
    expect(view.search).toBe("Иванов");
  });

  it("drops unknown values and falls back to the default view", () => {
    const view = readView(new URLSearchParams("warmth=boiling&status=vip&from=yesterday&sort=size&page=-2"));
    expect(view).toEqual(defaultView);
  });

  it("sorts by name A→Z unless the address says otherwise", () => {
    expect(readView(new URLSearchParams("sort=name"))).toMatchObject({ sort: "name", direction: "asc" });
    expect(readView(new URLSearchParams("sort=name&direction=desc")).direction).toBe("desc");
  });

  it("writes back what it read, leaving defaults out and other parameters alone", () => {
    const address = "lang=ru&warmth=warm,hot&status=new&search=acme&sort=created&direction=asc&page=3";
    const view = readView(new URLSearchParams(address));
    const written = writeView(new URLSearchParams("lang=ru&page=9"), view);
    expect(readView(written)).toEqual(view);
    expect(written.get("lang")).toBe("ru");
    expect(writeView(new URLSearchParams(), defaultView).toString()).toBe("");
  });

  it("gives the API the page as an offset and only the filters that are set", () => {
    const view = { ...defaultView, warmth: ["hot" as const], search: "  acme ", page: 3 };
    expect(listInput("ex-1", view)).toEqual({
      exhibitorId: "ex-1",
      warmth: ["hot"],
      search: "acme",
      sort: "warmth",
      direction: "desc",
      offset: 100,
      limit: 50,
    });
  });

  it("puts the current filters and sort, but not the page, on the export links", () => {
    const view = {
      ...defaultView,
      status: ["contacted" as const],
      from: "2025-10-12",
      sort: "name" as const,
      direction: "asc" as const,
      page: 2,
    };
    expect(exportHref("ex-1", view, "xlsx")).toBe(
      "/cabinet/ex-1/leads.xlsx?status=contacted&from=2025-10-12&sort=name&direction=asc",
    );
    expect(exportHref("ex-1", defaultView, "csv")).toBe("/cabinet/ex-1/leads.csv");
  });

  it("flips the direction when the sorted column is clicked again, and starts a new column at its natural order", () => {
    const byWarmth = { ...defaultView, page: 4 };
    expect(sortBy(byWarmth, "warmth")).toMatchObject({ sort: "warmth", direction: "asc", page: 1 });
    expect(sortBy(byWarmth, "name")).toMatchObject({ sort: "name", direction: "asc" });
    expect(sortBy(byWarmth, "lastActivity")).toMatchObject({ sort: "lastActivity", direction: "desc" });
  });

  it("knows when the list is filtered, and clears filters but keeps the sort", () => {
    const view = { ...defaultView, source: ["chat" as const], sort: "created" as const, page: 2 };
    expect(isFiltered(view)).toBe(true);
    expect(isFiltered({ ...defaultView, search: "   " })).toBe(false);
    expect(clearFilters(view)).toEqual({ ...defaultView, sort: "created" });
  });

  it("toggles a chip keeping the canonical order, and counts pages", () => {
    expect(toggle(["hot"], "cold", true, ["cold", "warm", "hot"])).toEqual(["cold", "hot"]);
    expect(toggle(["cold", "hot"], "hot", false, ["cold", "warm", "hot"])).toEqual(["cold"]);
    expect(lastPage(0)).toBe(1);
    expect(lastPage(50)).toBe(1);
    expect(lastPage(51)).toBe(2);
  });
});
