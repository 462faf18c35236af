import { describe, expect, it } from "vitest";
import { createPicker } from "../core/picking.ts";
import type { Facing, FloorLayout, PlacedBooth } from "../core/types.ts";
import { boothBoxes } from "./boothParts.ts";
import { MODEL_MAX_HEIGHT, modelPose, PLINTH_HEIGHT, plinthOf } from "./modelStand.ts";
import { pickAlongRay } from "./pickRay.ts";

function booth(facing: Facing, size: "small" | "medium" | "large" = "small"): PlacedBooth {
  const [frontage, depth] = size === "small" ? [3, 4] : size === "medium" ? [6, 4] : [9, 8];
  const northSouth = facing === "north" || facing === "south";
  return {
    id: "b",
    size,
    facing,
    x: 10,
    z: 20,
    width: northSouth ? frontage : depth,
    depth: northSouth ? depth : frontage,
    entrance: { x: 0, z: 0 },
    pinned: true,
  };
}

const FACINGS = ["north", "south", "east", "west"] as const;
const SIZES = ["small", "medium", "large"] as const;

function overlaps(a: { x: number; z: number; sx: number; sz: number }, b: typeof a) {
  return Math.abs(a.x - b.x) * 2 < a.sx + b.sx && Math.abs(a.z - b.z) * 2 < a.sz + b.sz;
}

describe("the plinth", () => {
  it("stands inside the booth, clear of the walls and the counter", () => {
    for (const facing of FACINGS) {
      for (const size of SIZES) {
        const b = booth(facing, size);
        const p = plinthOf(b);
        expect(p.x - p.size / 2).toBeGreaterThan(b.x);
        expect(p.x + p.size / 2).toBeLessThan(b.x + b.width);
        expect(p.z - p.size / 2).toBeGreaterThan(b.z);
        expect(p.z + p.size / 2).toBeLessThan(b.z + b.depth);
        const plinthBox = { x: p.x, z: p.z, sx: p.size, sz: p.size };
        for (const box of boothBoxes(b).filter((x) => x.kind !== "carpet" && x.kind !== "fascia")) {
          expect(overlaps(plinthBox, box), `${facing} ${size} ${box.kind}`).toBe(false);
        }
      }
    }
  });

  it("stands on the left of the front, seen from the alley", () => {
    // A booth facing north opens to -z; a visitor in the alley looks south, their left is east (+x).
    const p = plinthOf(booth("north"));
    expect(p.x).toBeGreaterThan(10 + 1.5);
    expect(p.z).toBeLessThan(20 + 2);
  });
});

describe("a model on the plinth", () => {
  it("fits a big model into 1.6 m of height and the plinth's footprint, standing on its top", () => {
    const p = plinthOf(booth("south", "medium"));
    const pose = modelPose(p, { min: [-2, 0, -1], max: [2, 8, 1] }); // a 4 × 8 × 2 m machine
    expect(pose.scale).toBeCloseTo(MODEL_MAX_HEIGHT / 8, 6);
    expect(pose.y).toBeCloseTo(PLINTH_HEIGHT, 6);
    const wide = modelPose(p, { min: [-5, 0, -1], max: [5, 1, 1] }); // 10 m long, 1 m tall
    expect(wide.scale * 10).toBeLessThanOrEqual(p.size);
    expect(wide.scale * 10).toBeLessThanOrEqual(1.2 + 1e-9);
  });

  it("lifts a model whose origin is not at its base, and centres one off its origin", () => {
    const p = plinthOf(booth("east"));
    const pose = modelPose(p, { min: [1, -0.5, 1], max: [2, 0.5, 2] });
    // Its lowest point (y = -0.5) lands on the plinth's top.
    expect(pose.y - 0.5 * pose.scale).toBeCloseTo(PLINTH_HEIGHT, 6);
    // Its centre (1.5, 1.5) turned by the yaw lands on the plinth's centre.
    const c = 1.5 * pose.scale;
    const x = pose.x + c * Math.cos(pose.yaw) + c * Math.sin(pose.yaw);
    const z = pose.z - c * Math.sin(pose.yaw) + c * Math.cos(pose.yaw);
    expect(x).toBeCloseTo(p.x, 6);
    expect(z).toBeCloseTo(p.z, 6);
  });

  it("turns the model's front (+z) towards the alley", () => {
    const pose = modelPose(plinthOf(booth("north")), { min: [-1, 0, -1], max: [1, 1, 1] });
    // +z turned by the yaw about y: (sin yaw, cos yaw) must point north (-z).
    expect(Math.sin(pose.yaw)).toBeCloseTo(0, 6);
    expect(Math.cos(pose.yaw)).toBeCloseTo(-1, 6);
  });

  it("keeps a flat or empty model at its own size rather than blowing it up to infinity", () => {
    const pose = modelPose(plinthOf(booth("north")), { min: [0, 0, 0], max: [0, 0, 0] });
    expect(pose.scale).toBe(1);
  });
});

describe("picking a booth by its model", () => {
  it("opens the booth when the pointer is on the plinth or the model", () => {
    const b = booth("north", "small");
    const layout: FloorLayout = {
      width: 30,
      depth: 40,
      booths: [b],
      alleys: [{ id: "a", from: { x: 0, z: 17 }, to: { x: 30, z: 17 }, width: 4 }],
      blocks: [],
      unpinned: [],
    };
    const picker = createPicker(layout);
    const p = plinthOf(b);
    const eye = { x: 11, y: 1.7, z: 15 }; // in the alley, in front of the booth
    for (const y of [PLINTH_HEIGHT, PLINTH_HEIGHT + 0.8, PLINTH_HEIGHT + MODEL_MAX_HEIGHT]) {
      const direction = { x: p.x - eye.x, y: y - eye.y, z: p.z - eye.z };
      expect(pickAlongRay(picker, { origin: eye, direction }).booth?.id).toBe("b");
    }
    // And from above (the overview).
    const above = { x: p.x, y: 60, z: p.z + 30 };
    const down = { x: 0, y: PLINTH_HEIGHT - 60, z: -30 };
    expect(pickAlongRay(picker, { origin: above, direction: down }).booth?.id).toBe("b");
  });
});
