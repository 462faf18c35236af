import { describe, expect, it } from "vitest";
import type { Facing, PlacedBooth } from "../core/types.ts";
import { BOOTH_HEIGHT, boothBoxes, boothFrame, logoSigns, nameSign } from "./boothParts.ts";

function booth(facing: Facing): PlacedBooth {
  const northSouth = facing === "north" || facing === "south";
  return {
    id: "b",
    size: "medium",
    facing,
    x: 10,
    z: 20,
    width: northSouth ? 6 : 4,
    depth: northSouth ? 4 : 6,
    entrance: { x: 0, z: 0 },
    pinned: true,
  };
}

describe("a booth's parts", () => {
  it("puts the back wall opposite the open front", () => {
    const back = boothBoxes(booth("north")).find((b) => b.kind === "back");
    expect(back?.z).toBeCloseTo(20 + 4 - 0.05, 6);
    const east = boothBoxes(booth("east")).find((b) => b.kind === "back");
    expect(east?.x).toBeCloseTo(10 + 0.05, 6);
    expect(east?.sz).toBeCloseTo(6, 6);
  });

  it("keeps every box inside the footprint and below booth height", () => {
    for (const facing of ["north", "south", "east", "west"] as const) {
      const b = booth(facing);
      for (const box of boothBoxes(b)) {
        expect(box.x - box.sx / 2).toBeGreaterThanOrEqual(b.x - 1e-9);
        expect(box.x + box.sx / 2).toBeLessThanOrEqual(b.x + b.width + 1e-9);
        expect(box.z - box.sz / 2).toBeGreaterThanOrEqual(b.z - 1e-9);
        expect(box.z + box.sz / 2).toBeLessThanOrEqual(b.z + b.depth + 1e-9);
        expect(box.y + box.sy / 2).toBeLessThanOrEqual(BOOTH_HEIGHT + 1e-9);
      }
    }
  });

  it("turns the signs to face the alley, reading left to right from there", () => {
    // A quad facing +z turned by yaw faces (sin yaw, cos yaw).
    for (const facing of ["north", "south", "east", "west"] as const) {
      const out = boothFrame(booth(facing)).out;
      for (const sign of [...logoSigns(booth(facing)), nameSign(booth(facing), 6.7)]) {
        expect(Math.sin(sign.yaw)).toBeCloseTo(out.x, 6);
        expect(Math.cos(sign.yaw)).toBeCloseTo(out.z, 6);
      }
    }
  });

  it("fits the name board on the fascia beside the logo", () => {
    const b = booth("south");
    const [, fasciaLogo] = logoSigns(b);
    const name = nameSign(b, 6.7);
    expect(name.x - name.width / 2).toBeGreaterThan((fasciaLogo?.x ?? 0) + (fasciaLogo?.width ?? 0) / 2);
    expect(name.x + name.width / 2).toBeLessThanOrEqual(b.x + b.width);
  });
});
