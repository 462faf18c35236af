import type { TourHotspot } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import { draftOf, newDraft, parseDegrees, targetOf } from "./hotspotDraft.ts";

describe("newDraft", () => {
  it("starts as a way to the first other panorama, or a caption when there is none", () => {
    expect(newDraft({ yaw: 30, pitch: -5 }, ["p2", "p3"])).toMatchObject({
      id: null,
      kind: "panorama",
      targetPanoramaId: "p2",
      yaw: "30",
      pitch: "-5",
    });
    expect(newDraft({ yaw: 0, pitch: 0 }, [])).toMatchObject({ kind: "caption", targetPanoramaId: "" });
  });
});

describe("targetOf", () => {
  const base = newDraft({ yaw: 12.5, pitch: 4 }, ["p2"]);

  it("makes the API's input for each kind", () => {
    expect(targetOf(base)).toEqual({
      target: { kind: "panorama", targetPanoramaId: "p2", yaw: 12.5, pitch: 4, text: { ru: "", en: "" } },
    });
    expect(targetOf({ ...base, kind: "material", materialId: "m1" })).toEqual({
      target: { kind: "material", materialId: "m1", yaw: 12.5, pitch: 4, text: { ru: "", en: "" } },
    });
    expect(targetOf({ ...base, kind: "caption", text: { ru: " Стенд ", en: "" } })).toEqual({
      target: { kind: "caption", yaw: 12.5, pitch: 4, text: { ru: "Стенд", en: "" } },
    });
  });

  it("names every field that stops it: no target, no caption, angles out of range", () => {
    const result = targetOf({ ...base, kind: "caption", yaw: "200", pitch: "" });
    expect(result).toEqual({
      problem: {
        code: "validation.invalid",
        fields: {
          yaw: { code: "outOfRange", params: { min: -180, max: 180 } },
          pitch: { code: "required" },
          "text.ru": { code: "oneLanguageRequired" },
        },
      },
    });
    expect(targetOf({ ...base, targetPanoramaId: "" })).toMatchObject({
      problem: { fields: { targetPanoramaId: { code: "required" } } },
    });
    expect(targetOf({ ...base, kind: "material" })).toMatchObject({
      problem: { fields: { materialId: { code: "required" } } },
    });
  });
});

describe("parseDegrees", () => {
  it("reads angles as people type them", () => {
    expect(parseDegrees("45")).toBe(45);
    expect(parseDegrees("-12,5")).toBe(-12.5);
    expect(parseDegrees("−30")).toBe(-30);
    expect(parseDegrees(".5")).toBe(0.5);
    expect(parseDegrees("")).toBeNull();
    expect(parseDegrees("north")).toBeNull();
  });
});

describe("draftOf", () => {
  it("keeps a saved hotspot's target and texts for the form", () => {
    const hotspot: TourHotspot = {
      id: "h1",
      kind: "material",
      yaw: -90,
      pitch: 10,
      targetPanoramaId: null,
      material: { id: "m1", title: { ru: "Прайс", en: "Prices" }, url: "/files/x", kind: "pdf" },
      text: { ru: "", en: "Prices" },
    };
    expect(draftOf(hotspot)).toEqual({
      id: "h1",
      kind: "material",
      targetPanoramaId: "",
      materialId: "m1",
      text: { ru: "", en: "Prices" },
      yaw: "-90",
      pitch: "10",
    });
  });
});
