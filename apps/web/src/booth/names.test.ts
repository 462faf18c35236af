import { describe, expect, it } from "vitest";
import { boothName, boothNameLang, clampText } from "./names.ts";

describe("boothName", () => {
  it("shows the name in the visitor's language", () => {
    expect(boothName({ ru: "Школа 21", en: "School 21" }, "en", "Unnamed")).toBe("School 21");
    expect(boothName({ ru: "Школа 21", en: "School 21" }, "ru", "Без названия")).toBe("Школа 21");
  });

  it("falls back to the other language, then to the placeholder", () => {
    expect(boothName({ ru: "Школа 21", en: " " }, "en", "Unnamed")).toBe("Школа 21");
    expect(boothName({ ru: "", en: "School 21" }, "ru", "Без названия")).toBe("School 21");
    expect(boothName({ ru: "", en: "" }, "ru", "Без названия")).toBe("Без названия");
    expect(boothName(undefined, "en", "Unnamed")).toBe("Unnamed");
  });
});

describe("clampText", () => {
  it("leaves short text alone, apart from extra spaces", () => {
    expect(clampText("  Acme   Learning ", 40)).toBe("Acme Learning");
  });

  it("cuts a 200-character name at a word boundary and marks the cut", () => {
    const long = `${"Международный институт ".repeat(9)}финал`;
    expect(long.length).toBeGreaterThan(200);
    const short = clampText(long, 60);
    expect(short.length).toBeLessThanOrEqual(60);
    expect(short.endsWith("…")).toBe(true);
    expect(short).toMatch(/^Международный институт .*[а-я]…$/);
  });

  it("cuts inside a word when there is no space near the end", () => {
    expect(clampText("x".repeat(200), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

describe("boothNameLang", () => {
  it("names the other language only when the name fell back to it", () => {
    expect(boothNameLang({ ru: "Школа", en: "" }, "en")).toBe("ru");
    expect(boothNameLang({ ru: "Школа", en: "School" }, "en")).toBeUndefined();
    expect(boothNameLang({ ru: "", en: "" }, "en")).toBeUndefined();
  });
});
