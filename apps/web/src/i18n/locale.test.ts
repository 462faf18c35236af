import { describe, expect, it } from "vitest";
import { initialLocale, otherLocale, pickText, reconcileLocale } from "./locale.ts";

describe("pickText", () => {
  it("returns the text in the wanted language", () => {
    expect(pickText({ ru: "Школа", en: "School" }, "en")).toBe("School");
    expect(pickText({ ru: "Школа", en: "School" }, "ru")).toBe("Школа");
  });

  it("falls back to the other language when the wanted one is empty or blank", () => {
    expect(pickText({ ru: "Школа", en: "" }, "en")).toBe("Школа");
    expect(pickText({ ru: "  ", en: "School" }, "ru")).toBe("School");
  });

  it("returns an empty string when there is no text at all", () => {
    expect(pickText({ ru: "", en: "" }, "ru")).toBe("");
    expect(pickText(null, "en")).toBe("");
  });
});

describe("initialLocale", () => {
  it("starts in Russian unless another language was chosen", () => {
    expect(initialLocale(null)).toBe("ru");
    expect(initialLocale("de")).toBe("ru");
    expect(initialLocale("en")).toBe("en");
  });
});

describe("otherLocale", () => {
  it("names the language the switcher offers", () => {
    expect(otherLocale("ru")).toBe("en");
    expect(otherLocale("en")).toBe("ru");
  });
});

describe("reconcileLocale", () => {
  it("saves the language chosen in this browser on the account", () => {
    expect(reconcileLocale({ stored: "en", current: "en", account: "ru" })).toEqual({ account: "en" });
  });

  it("follows the account when this browser has no choice of its own", () => {
    expect(reconcileLocale({ stored: null, current: "ru", account: "en" })).toEqual({ ui: "en" });
  });

  it("does nothing when they agree", () => {
    expect(reconcileLocale({ stored: "ru", current: "ru", account: "ru" })).toEqual({});
    expect(reconcileLocale({ stored: null, current: "en", account: "en" })).toEqual({});
  });
});
