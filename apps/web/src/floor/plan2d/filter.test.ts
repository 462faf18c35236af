import { describe, expect, it } from "vitest";
import { filterBooths, fold, listBooths } from "./filter.ts";
import { booth } from "./testPlan.ts";

const named = (id: string, ru: string, en: string) => ({ ...booth(id, 0, 0), name: { ru, en } });
const booths = [
  named("1", "Ёлочная школа", "Fir Tree School"),
  named("2", "Институт 10", "Institute 10"),
  named("3", "Институт 2", "Institute 2"),
  named("4", "", "École Nova"),
  named("5", "", ""),
];

describe("listBooths", () => {
  it("sorts by the name in the visitor's language, numbers in numeric order", () => {
    const names = listBooths(booths, "ru", "Без названия").map((item) => item.name);
    expect(names).toEqual(["Без названия", "Ёлочная школа", "Институт 2", "Институт 10", "École Nova"]);
  });

  it("falls back to the other language for a name given only once", () => {
    const nova = listBooths(booths, "ru", "—").find((item) => item.booth.id === "4");
    expect(nova?.name).toBe("École Nova");
  });

  it("lists a repeated booth once", () => {
    expect(listBooths([...booths, named("1", "Копия", "Copy")], "en", "Unnamed")).toHaveLength(5);
  });
});

describe("filterBooths", () => {
  const listed = listBooths(booths, "en", "Unnamed");
  const ids = (query: string) => filterBooths(listed, query).map((item) => item.booth.id);

  it("keeps everything for an empty query", () => {
    expect(ids("   ")).toHaveLength(5);
  });

  it("matches either language, any case, ё as е and without accents", () => {
    expect(ids("елочная")).toEqual(["1"]);
    expect(ids("FIR")).toEqual(["1"]);
    expect(ids("ecole")).toEqual(["4"]);
  });

  it("needs every word of the query", () => {
    expect(ids("institute 2").sort()).toEqual(["3"]);
    expect(ids("институт")).toHaveLength(2);
    expect(ids("institute zebra")).toEqual([]);
  });

  it("filters 5,000 booths fast enough to run on each key press", () => {
    const many = Array.from({ length: 5000 }, (_, i) => named(`m${i}`, `Компания ${i}`, `Company ${i}`));
    const big = listBooths(many, "en", "Unnamed");
    const start = performance.now();
    expect(filterBooths(big, "company 4999")).toHaveLength(1);
    expect(performance.now() - start).toBeLessThan(50);
  });
});

describe("fold", () => {
  it("keeps й distinct from и", () => {
    expect(fold("Й")).toBe("й");
  });
});
