import { describe, expect, it } from "vitest";
import {
  clampView,
  fitView,
  floorToBox,
  isWholeFloor,
  MIN_SPAN,
  panView,
  popupAnchor,
  revealRect,
  zoomView,
} from "./view.ts";

const floor = { width: 100, depth: 60 };

describe("fitView", () => {
  it("shows the whole floor with a margin", () => {
    expect(fitView(floor)).toEqual({ x: -2, z: -2, width: 104, height: 64 });
  });

  it("gives an empty or broken floor a usable size", () => {
    expect(fitView({ width: 0, depth: Number.NaN }).width).toBeGreaterThan(0);
  });
});

describe("zoomView", () => {
  it("zooms in about the focus point, which stays put", () => {
    const view = fitView(floor);
    const zoomed = zoomView(view, 2, { x: 50, z: 30 }, floor);
    expect(zoomed.width).toBeCloseTo(52);
    expect((50 - zoomed.x) / zoomed.width).toBeCloseTo((50 - view.x) / view.width);
    expect((30 - zoomed.z) / zoomed.height).toBeCloseTo((30 - view.z) / view.height);
  });

  it("stops at the closest zoom and at the whole floor", () => {
    let view = fitView(floor);
    for (let i = 0; i < 20; i++) view = zoomView(view, 2, { x: 10, z: 10 }, floor);
    expect(Math.min(view.width, view.height)).toBeCloseTo(MIN_SPAN);
    for (let i = 0; i < 20; i++) view = zoomView(view, 0.5, { x: 10, z: 10 }, floor);
    expect(view).toEqual(fitView(floor));
    expect(isWholeFloor(view, floor)).toBe(true);
  });
});

describe("panView and clampView", () => {
  it("does not pan past the edge of the floor", () => {
    const zoomed = zoomView(fitView(floor), 4, { x: 50, z: 30 }, floor);
    const far = panView(zoomed, 1000, -1000, floor);
    expect(far.x + far.width).toBeCloseTo(102);
    expect(far.z).toBeCloseTo(-2);
  });

  it("repairs a view that is not a number", () => {
    const repaired = clampView({ x: Number.NaN, z: 0, width: 10, height: Number.NaN }, floor);
    expect(Number.isFinite(repaired.x)).toBe(true);
  });
});

describe("revealRect", () => {
  const zoomed = { x: 0, z: 0, width: 26, height: 16 };

  it("leaves the view alone when the booth is in sight", () => {
    expect(revealRect(zoomed, { x: 5, z: 5, width: 3, depth: 4 }, floor)).toEqual(zoomed);
  });

  it("moves just enough to bring a booth into sight", () => {
    const moved = revealRect(zoomed, { x: 40, z: 5, width: 3, depth: 4 }, floor);
    expect(moved.x + moved.width).toBeCloseTo(45);
    expect(moved.z).toBe(0);
  });

  it("centres a booth bigger than the view", () => {
    const moved = revealRect(
      { x: 0, z: 0, width: 13, height: 8 },
      { x: 40, z: 20, width: 9, depth: 8 },
      floor,
    );
    expect(moved.z + moved.height / 2).toBeCloseTo(24);
  });
});

describe("floorToBox", () => {
  it("maps floor metres to pixels of a box that letterboxes the view", () => {
    const view = { x: 0, z: 0, width: 100, height: 50 };
    // 800 × 800 box: 8 px a metre, the 400 px tall picture centred vertically.
    expect(floorToBox(view, { width: 800, height: 800 }, { x: 50, z: 0 })).toEqual({ left: 400, top: 200 });
    expect(floorToBox(view, { width: 800, height: 800 }, { x: 100, z: 50 })).toEqual({ left: 800, top: 600 });
  });
});

describe("popupAnchor", () => {
  const view = { x: 0, z: 0, width: 100, height: 100 };
  const box = { width: 500, height: 500 };

  it("points at the middle of the booth's top edge", () => {
    expect(popupAnchor(view, box, { x: 10, z: 20, width: 6, depth: 4 })).toEqual({
      left: 65,
      top: 100,
      height: 20,
    });
  });

  it("points at the top of the map for a booth cut by it, and nowhere for one out of sight", () => {
    expect(popupAnchor({ ...view, z: 22 }, box, { x: 10, z: 20, width: 6, depth: 4 })?.top).toBe(0);
    expect(popupAnchor({ ...view, x: 50 }, box, { x: 10, z: 20, width: 6, depth: 4 })).toBeNull();
    expect(popupAnchor(view, { width: 0, height: 0 }, { x: 10, z: 20, width: 6, depth: 4 })).toBeNull();
  });
});
