import { describe, expect, it } from "vitest";
import { initials, safeColor } from "./color.ts";

describe("safeColor", () => {
  it("keeps a six-digit hex colour", () => {
    expect(safeColor("#1A2b3C")).toBe("#1A2b3C");
  });

  it("replaces anything else with the fallback", () => {
    expect(safeColor("red; background: url(x)")).toBe("#5b6b8c");
    expect(safeColor("#abc", "#000000")).toBe("#000000");
    expect(safeColor(null)).toBe("#5b6b8c");
  });
});

describe("initials", () => {
  it("takes the first letters of the first two words", () => {
    expect(initials("Северная школа дизайна")).toBe("СШ");
    expect(initials("  edtech  ")).toBe("E");
    expect(initials("«Умный класс»")).toBe("УК");
  });
});
