import { describe, expect, it } from "vitest";
import { frameBounds, orbitCameraPosition } from "./framing.ts";
import {
  LOOK_LIMITS,
  lookAfterDrag,
  lookAfterKey,
  lookHome,
  ORBIT_HOME,
  orbitAfterKey,
  viewKeyOf,
  withOrbitZoom,
} from "./views.ts";

describe("keys", () => {
  it("knows the viewers' keys and leaves the others to the browser", () => {
    expect(viewKeyOf("ArrowRight")).toBe("right");
    expect(viewKeyOf("+")).toBe("zoomIn");
    expect(viewKeyOf("=")).toBe("zoomIn");
    expect(viewKeyOf("-")).toBe("zoomOut");
    expect(viewKeyOf("Home")).toBe("reset");
    expect(viewKeyOf("0")).toBe("reset");
    expect(viewKeyOf("Tab")).toBeNull();
    expect(viewKeyOf("Enter")).toBeNull();
  });

  it("turns the model 15° a press, round past 180°, and back home", () => {
    let view = ORBIT_HOME;
    for (let i = 0; i < 3; i += 1) view = orbitAfterKey(view, "right");
    expect(view.azimuth).toBe(45);
    view = orbitAfterKey(orbitAfterKey(ORBIT_HOME, "left"), "left");
    expect(view.azimuth).toBe(-30);
    for (let i = 0; i < 13; i += 1) view = orbitAfterKey(view, "right");
    expect(view.azimuth).toBe(165);
    expect(orbitAfterKey(orbitAfterKey(view, "right"), "right").azimuth).toBe(-165);
    expect(orbitAfterKey(view, "reset")).toEqual(ORBIT_HOME);
  });

  it("zooms the model within its limits", () => {
    const closer = orbitAfterKey(ORBIT_HOME, "zoomIn");
    expect(closer.zoom).toBeLessThan(1);
    expect(withOrbitZoom(ORBIT_HOME, 100).zoom).toBe(3);
    expect(withOrbitZoom(ORBIT_HOME, 0.001).zoom).toBe(0.35);
  });

  it("looks round a panorama by 15° steps, never past straight up, zooming between 30° and 90°", () => {
    const home = lookHome(30);
    expect(lookAfterKey(home, "right", 30).yaw).toBe(45);
    let view = home;
    for (let i = 0; i < 10; i += 1) view = lookAfterKey(view, "up", 30);
    expect(view.pitch).toBe(LOOK_LIMITS.pitch);
    for (let i = 0; i < 10; i += 1) view = lookAfterKey(view, "zoomIn", 30);
    expect(view.fov).toBe(30);
    for (let i = 0; i < 10; i += 1) view = lookAfterKey(view, "zoomOut", 30);
    expect(view.fov).toBe(90);
    expect(lookAfterKey(view, "reset", 30)).toEqual(home);
  });
});

describe("drags", () => {
  it("turns the look right when the panorama is dragged left, like a street view", () => {
    const view = lookAfterDrag(lookHome(0), -100, 0, 750);
    expect(view.yaw).toBeCloseTo(10);
    expect(lookAfterDrag(lookHome(0), 0, 100, 750).pitch).toBeCloseTo(10);
  });
});

describe("framing", () => {
  const bounds = { min: [-1, 0, -1], max: [1, 2, 1] } as {
    min: [number, number, number];
    max: [number, number, number];
  };

  it("looks at the centre of the bounds from far enough to see all of them", () => {
    const framing = frameBounds(bounds, 45, 16 / 9);
    expect(framing.centre).toEqual([0, 1, 0]);
    expect(framing.radius).toBeCloseTo(Math.sqrt(3));
    expect(framing.distance).toBeGreaterThan(framing.radius / Math.sin((22.5 * Math.PI) / 180));
    // A tall canvas frames by its width: further back.
    expect(frameBounds(bounds, 45, 0.5).distance).toBeGreaterThan(framing.distance);
  });

  it("comes closer to a wide, flat model than the sphere round it would allow, yet keeps every corner in view", () => {
    const flat = { min: [-0.5, 0, -0.4], max: [0.5, 0.25, 0.4] } as typeof bounds;
    const framing = frameBounds(flat, 45, 16 / 9, 15);
    const sphereFit = framing.radius / Math.sin((22.5 * Math.PI) / 180);
    expect(framing.distance).toBeLessThan(sphereFit * 0.9);
    // Seen from every turn, each corner lies inside the view.
    const half = (22.5 * Math.PI) / 180;
    for (let azimuth = 0; azimuth < 360; azimuth += 15) {
      const eye = orbitCameraPosition(framing, { azimuth, elevation: 15, zoom: 1 });
      const toCentre = framing.centre.map((c, i) => c - (eye[i] ?? 0));
      const length = Math.hypot(...toCentre);
      for (const x of [flat.min[0], flat.max[0]])
        for (const y of [flat.min[1], flat.max[1]])
          for (const z of [flat.min[2], flat.max[2]]) {
            const toCorner = [x - eye[0], y - eye[1], z - eye[2]];
            const cos =
              toCorner.reduce((sum, v, i) => sum + v * (toCentre[i] ?? 0), 0) /
              (length * Math.hypot(...toCorner));
            // Inside the cone of the vertical field of view (the narrower one here).
            expect(Math.acos(cos)).toBeLessThan(Math.hypot(half, Math.atan(Math.tan(half) * (16 / 9))));
          }
    }
  });

  it("stands in front of the model at home and goes round to its left as it turns right", () => {
    const framing = frameBounds(bounds, 45, 1);
    const front = orbitCameraPosition(framing, { azimuth: 0, elevation: 0, zoom: 1 });
    expect(front[2]).toBeCloseTo(framing.distance);
    expect(front[0]).toBeCloseTo(0);
    const turned = orbitCameraPosition(framing, { azimuth: 90, elevation: 0, zoom: 1 });
    expect(turned[0]).toBeCloseTo(-framing.distance);
    const above = orbitCameraPosition(framing, { azimuth: 0, elevation: 30, zoom: 1 });
    expect(above[1]).toBeGreaterThan(1);
  });
});
