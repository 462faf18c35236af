import { DEFAULT_WARMTH_WEIGHTS } from "@pavilion/schema";
import { describe, expect, it } from "vitest";
import { DEFAULT_DRAFT, decayed, parseDraft, sameDraft } from "./warmthForm.ts";

describe("the warmth weights form", () => {
  it("turns the defaults back into the default settings", () => {
    const parsed = parseDraft(DEFAULT_DRAFT);
    expect(parsed.ok && parsed.settings.weights).toEqual(DEFAULT_WARMTH_WEIGHTS);
  });

  it("accepts a decimal comma", () => {
    const parsed = parseDraft({
      ...DEFAULT_DRAFT,
      weights: { ...DEFAULT_DRAFT.weights, "webinar.minute": "0,5" },
    });
    expect(parsed.ok && parsed.settings.weights["webinar.minute"]).toBe(0.5);
  });

  it("names each field out of range with its range", () => {
    const parsed = parseDraft({
      weights: { ...DEFAULT_DRAFT.weights, "booth.visit": "101", "video.play": "" },
      halfLifeDays: "0",
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.fields?.["weights.booth.visit"]).toEqual({
      code: "outOfRange",
      params: { min: 0, max: 100 },
    });
    expect(parsed.error.fields?.["weights.video.play"]?.code).toBe("outOfRange");
    expect(parsed.error.fields?.halfLifeDays).toEqual({ code: "outOfRange", params: { min: 1, max: 90 } });
  });

  it("halves points every half-life", () => {
    expect(decayed(16, 14, 14)).toBe(8);
    expect(decayed(16, 28, 14)).toBe(4);
    expect(decayed(15, 0, 14)).toBe(15);
  });

  it("notices an edit", () => {
    expect(sameDraft(DEFAULT_DRAFT, { ...DEFAULT_DRAFT, halfLifeDays: "7" })).toBe(false);
    expect(sameDraft(DEFAULT_DRAFT, { ...DEFAULT_DRAFT })).toBe(true);
  });
});
