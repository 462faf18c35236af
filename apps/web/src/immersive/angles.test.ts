import { SphereGeometry } from "three";
import { describe, expect, it } from "vitest";
import { directionOf, equirectUv, headingDegrees, wrapDegrees, yawPitchOf, yawPitchOfUv } from "./angles.ts";
import { prepareSphereGeometry } from "./sphere.ts";

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);

describe("angles", () => {
  it("wraps angles into (-180, 180]", () => {
    expect(wrapDegrees(190)).toBe(-170);
    expect(wrapDegrees(-190)).toBe(170);
    expect(wrapDegrees(-180)).toBe(180);
    expect(wrapDegrees(720 + 15)).toBe(15);
    expect(wrapDegrees(0)).toBe(0);
  });

  it("reads headings as whole degrees from 0 to 359", () => {
    expect(headingDegrees(-15)).toBe(345);
    expect(headingDegrees(359.6)).toBe(0);
    expect(headingDegrees(45.2)).toBe(45);
  });

  it("looks ahead (-Z) at yaw 0, right (+X) at yaw 90, up at pitch 90", () => {
    const ahead = directionOf(0, 0);
    close(ahead[0], 0);
    close(ahead[2], -1);
    const right = directionOf(90, 0);
    close(right[0], 1);
    close(right[2], 0);
    close(directionOf(0, 90)[1], 1);
  });

  it("turns a direction back into the same yaw and pitch", () => {
    for (const [yaw, pitch] of [
      [0, 0],
      [45, 20],
      [-120, -60],
      [170, 5],
    ] as const) {
      const back = yawPitchOf(directionOf(yaw, pitch));
      close(back.yaw, yaw);
      close(back.pitch, pitch);
    }
  });

  it("puts yaw 0 at the photo's centre, yaw growing to the right and pitch up", () => {
    expect(equirectUv(0, 0)).toEqual({ u: 0.5, v: 0.5 });
    expect(equirectUv(90, 45)).toEqual({ u: 0.75, v: 0.75 });
    expect(equirectUv(-180 + 1e-9, -90).v).toBe(0);
    const back = yawPitchOfUv(0.25, 0.6);
    close(back.yaw, -90);
    close(back.pitch, 18);
  });

  it("maps the sphere the tour draws on so each point shows the photo's pixel for its direction", () => {
    const geometry = prepareSphereGeometry(new SphereGeometry(10, 32, 16));
    const position = geometry.getAttribute("position");
    const uv = geometry.getAttribute("uv");
    let checked = 0;
    for (let i = 0; i < position.count; i += 1) {
      const v = uv.getY(i);
      const u = uv.getX(i);
      // The poles and the seam have no single yaw.
      if (v < 0.05 || v > 0.95 || u < 0.01 || u > 0.99) continue;
      const { yaw, pitch } = yawPitchOf([position.getX(i), position.getY(i), position.getZ(i)]);
      const expected = equirectUv(yaw, pitch);
      close(expected.u, u);
      close(expected.v, v);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
