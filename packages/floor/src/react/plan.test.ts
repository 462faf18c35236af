import { describe, expect, it } from "vitest";
import { createPicker } from "../core/picking.ts";
import { boothName, initialsOf, layoutFromPlan } from "./plan.ts";
import { testPlan } from "./test-plan.ts";

describe("layoutFromPlan", () => {
  it("keeps every booth where the server placed it, with its facing and entrance", () => {
    const plan = testPlan(40);
    const layout = layoutFromPlan(plan);
    expect(layout.booths).toHaveLength(40);
    for (const [i, b] of layout.booths.entries()) {
      const wire = plan.booths[i];
      expect(b).toMatchObject({
        id: wire?.id,
        x: wire?.x,
        z: wire?.z,
        width: wire?.width,
        facing: wire?.facing,
      });
      expect(b.entrance).toEqual(wire?.entrance);
    }
    expect(layout.alleys).toEqual(plan.alleys);
    expect(layout.unpinned).toEqual([]);
  });

  it("gives a layout the picker can use", () => {
    const layout = layoutFromPlan(testPlan(12));
    const b = layout.booths[5];
    if (!b) throw new Error("no booth");
    expect(createPicker(layout).pick(b.x + 0.5, b.z + 0.5)?.id).toBe(b.id);
  });

  it("drops a repeated booth id", () => {
    const plan = testPlan(3);
    const first = plan.booths[0];
    if (!first) throw new Error("no booth");
    const layout = layoutFromPlan({ ...plan, booths: [...plan.booths, { ...first, x: 0 }] });
    expect(layout.booths).toHaveLength(3);
  });
});

describe("booth names", () => {
  it("falls back to the other language when one is empty", () => {
    expect(boothName({ name: { ru: "", en: "Acme" } }, "ru")).toBe("Acme");
    expect(boothName({ name: { ru: "Акме", en: " " } }, "en")).toBe("Акме");
  });

  it("makes initials from the capitalised words", () => {
    expect(initialsOf("Moscow State University of Design")).toBe("MSU");
    expect(initialsOf("Московский «Институт» Дизайна")).toBe("МИД");
    expect(initialsOf("acme")).toBe("A");
    expect(initialsOf("  ")).toBe("?");
  });
});
