import { describe, expect, it } from "vitest";
import { FLOORS } from "./exhibition.ts";
import { drawNames, initialsOf, slugify } from "./names.ts";
import { createRandom } from "./random.ts";

describe("demo names", () => {
  it("makes URL slugs from English names", () => {
    expect(slugify("Trans-Volga Institute of Applied Mathematics")).toBe(
      "trans-volga-institute-of-applied-mathematics",
    );
    expect(slugify("Santa Mira College")).toBe("santa-mira-college");
  });

  it("takes monogram letters from the significant words", () => {
    expect(initialsOf("Oka University of Digital Technologies")).toBe("OUD");
    expect(initialsOf("Sail Lyceum")).toBe("SL");
  });

  it("draws unique bilingual names for every floor", () => {
    const random = createRandom(7);
    const taken = new Set<string>();
    const names = FLOORS.flatMap((floor) => drawNames(random, floor.key, floor.exhibitors, taken));
    expect(names).toHaveLength(320);
    expect(new Set(names.map((name) => name.slug)).size).toBe(320);
    expect(new Set(names.map((name) => name.name.ru)).size).toBe(320);
    for (const { name } of names) {
      expect(name.ru).toMatch(/[А-Яа-яЁё]/);
      expect(name.en).toMatch(/^[A-Za-z' -]+$/);
    }
  });

  it("draws the same names from the same seed", () => {
    const draw = () => drawNames(createRandom(42), "edtech", 30, new Set());
    expect(draw()).toEqual(draw());
  });
});
