import { describe, expect, it } from "vitest";
import { readView, viewValues, writeView } from "./viewUrl.ts";

const floor = { width: 100, depth: 60 };

describe("view in the URL", () => {
  it("reads a place, a direction and a mode", () => {
    const view = readView(new URLSearchParams("x=12.5&z=30&yaw=1.57&view=overview"), floor);
    expect(view).toEqual({ x: 12.5, z: 30, yaw: 1.57, mode: "overview" });
  });

  it("ignores broken values and a lone coordinate", () => {
    expect(readView(new URLSearchParams("x=abc&z=3&yaw=&view=fly"), floor)).toEqual({});
    expect(readView(new URLSearchParams("x=4"), floor)).toEqual({});
  });

  it("keeps a position from outside the floor on its edge and wraps the yaw", () => {
    const view = readView(new URLSearchParams("x=-5&z=999&yaw=7"), floor);
    expect(view.x).toBe(0);
    expect(view.z).toBe(60);
    expect(view.yaw).toBeCloseTo(7 - 2 * Math.PI, 6);
  });

  it("rounds to 10 cm and a hundredth of a radian", () => {
    expect(viewValues({ x: 12.345, z: 0.04, yaw: -1.23456, mode: "walk" })).toEqual({
      x: "12.3",
      z: "0",
      yaw: "-1.23",
      view: "walk",
    });
  });

  it("writes the view next to other parameters and drops a one-off booth target", () => {
    const params = writeView(new URLSearchParams("bench=1&booth=b7&x=1"), {
      x: 2,
      z: 3,
      yaw: 0,
      mode: "walk",
    });
    expect(params.toString()).toBe("bench=1&x=2&z=3&yaw=0&view=walk");
  });

  it("reads back what it wrote", () => {
    const view = { x: 42.1, z: 17.9, yaw: 2.5, mode: "overview" as const };
    expect(readView(writeView(new URLSearchParams(), view), floor)).toEqual(view);
  });
});
