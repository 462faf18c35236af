import { describe, expect, it } from "vitest";
import { missingTitle, titleOrFileName } from "./texts.ts";

describe("titleOrFileName", () => {
  it("keeps a title given in either language", () => {
    expect(titleOrFileName({ ru: "", en: "Chair" }, "x.glb", "ru")).toEqual({ ru: "", en: "Chair" });
  });

  it("names an untitled upload after its file, in the person's language", () => {
    expect(titleOrFileName({ ru: " ", en: "" }, "Office_chair.glb", "en")).toEqual({
      ru: "",
      en: "Office chair",
    });
    expect(titleOrFileName({ ru: "", en: "" }, "Цех.jpg", "ru")).toEqual({ ru: "Цех", en: "" });
  });
});

describe("missingTitle", () => {
  it("asks for a title in one language when both are empty", () => {
    expect(missingTitle({ ru: "Стул", en: "" })).toBeNull();
    expect(missingTitle({ ru: "", en: " " })).toEqual({
      code: "immersive.titleRequired",
      fields: { "title.ru": { code: "oneLanguageRequired" } },
    });
  });
});
