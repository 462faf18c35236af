import { describe, expect, it } from "vitest";
import { layoutFromPlan } from "./plan.ts";
import { testPlan } from "./test-plan.ts";
import { forwardOf, overviewDistance, overviewPose, startView, wrapAngle, yawTowards } from "./view.ts";

describe("view directions", () => {
  it("looks north at yaw 0 and east at a quarter turn", () => {
    expect(forwardOf(0).z).toBeCloseTo(-1, 9);
    expect(forwardOf(Math.PI / 2).x).toBeCloseTo(1, 9);
    expect(yawTowards({ x: 0, z: 0 }, { x: 0, z: 5 })).toBeCloseTo(Math.PI, 9);
  });

  it("wraps angles into (-π, π]", () => {
    expect(wrapAngle(3 * Math.PI)).toBeCloseTo(Math.PI, 9);
    expect(wrapAngle(-Math.PI / 2)).toBeCloseTo(-Math.PI / 2, 9);
  });
});

describe("where a visit starts", () => {
  it("stands on an alley between booth rows, looking along it", () => {
    const layout = layoutFromPlan(testPlan(60));
    const v = startView(layout);
    expect(v.mode).toBe("walk");
    const onAlley = layout.alleys.some(
      (a) => a.from.z === a.to.z && Math.abs(a.from.z - v.z) < 1e-9 && v.x >= Math.min(a.from.x, a.to.x),
    );
    expect(onAlley).toBe(true);
    expect(v.yaw).toBeCloseTo(Math.PI / 2, 9);
  });

  it("falls back to the middle of an empty floor", () => {
    const v = startView({ width: 40, depth: 20, alleys: [], booths: [] });
    expect(v).toMatchObject({ x: 20, z: 10 });
  });
});

describe("the overview", () => {
  const floor = { width: 120, depth: 60 };
  const base = { ...startView({ width: 120, depth: 60, alleys: [], booths: [] }), mode: "overview" as const };

  it("backs off further for a bigger floor and a narrower screen", () => {
    const fov = Math.PI / 3;
    const wide = overviewDistance(base, floor, fov, 16 / 9);
    expect(overviewDistance(base, { width: 240, depth: 120 }, fov, 16 / 9)).toBeGreaterThan(wide * 1.8);
    expect(overviewDistance(base, floor, fov, 3 / 4)).toBeGreaterThan(wide);
  });

  it("looks at the middle of the floor from above at zoom 1", () => {
    const pose = overviewPose(base, floor, Math.PI / 3, 16 / 9);
    expect(pose.target).toEqual({ x: 60, y: 0, z: 30 });
    expect(pose.position.y).toBeGreaterThan(30);
  });
});
