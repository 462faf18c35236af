import { NodeIO } from "@gltf-transform/core";
import { describe, expect, it } from "vitest";
import { optimiseGlb } from "../../uploads/models/index.ts";
import { buildDemoBuildingGlb } from "./building-model.ts";

describe("the demo building maquette", () => {
  it("is a few thousand triangles in several materials, with glass and an embedded texture", async () => {
    const glb = await buildDemoBuildingGlb();
    const document = await new NodeIO().readBinary(glb);
    const materials = document.getRoot().listMaterials();
    expect(materials.length).toBeGreaterThanOrEqual(6);
    const glass = materials.find((m) => m.getAlphaMode() === "BLEND");
    expect(glass?.getAlpha()).toBeLessThan(1);
    const [texture] = document.getRoot().listTextures();
    expect(texture?.getMimeType()).toBe("image/png");
  });

  it("goes through the upload pipeline: within budget, a preview and a wide, flat-ish box", async () => {
    const optimised = await optimiseGlb(await buildDemoBuildingGlb());
    expect(optimised.triangles).toBeGreaterThan(5_000);
    expect(optimised.triangles).toBeLessThan(15_000);
    expect(optimised.preview.byteLength).toBeGreaterThan(1_000);
    const { min, max } = optimised.bounds;
    const [width, height, depth] = [0, 1, 2].map((i) => (max[i] ?? 0) - (min[i] ?? 0));
    // A maquette: a 1 × 0.8 base, the building standing a quarter of that high.
    expect(width).toBeCloseTo(1, 1);
    expect(depth).toBeCloseTo(0.8, 1);
    expect(height).toBeGreaterThan(0.15);
    expect(height).toBeLessThan(0.4);
  });
});
