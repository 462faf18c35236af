import { describe, expect, it } from "vitest";
import { placePopup } from "./popupPlacement.ts";

const viewport = { width: 1280, height: 720 };
const size = { width: 280, height: 120 };

describe("placePopup", () => {
  it("centres the popup above its anchor when there is room", () => {
    expect(placePopup({ anchor: { x: 640, y: 400 }, size, viewport })).toEqual({
      left: 500,
      top: 268,
      side: "above",
    });
  });

  it("opens below an anchor near the top of the screen", () => {
    const placed = placePopup({ anchor: { x: 640, y: 60 }, size, viewport });
    expect(placed).toEqual({ left: 500, top: 72, side: "below" });
  });

  it("opens below the whole booth when told how tall it is", () => {
    const placed = placePopup({ anchor: { x: 640, y: 60 }, anchorHeight: 40, size, viewport });
    expect(placed).toEqual({ left: 500, top: 112, side: "below" });
  });

  it("stays inside a 375 px wide screen at both edges", () => {
    const narrow = { width: 375, height: 667 };
    expect(placePopup({ anchor: { x: 10, y: 300 }, size, viewport: narrow }).left).toBe(8);
    expect(placePopup({ anchor: { x: 370, y: 300 }, size, viewport: narrow }).left).toBe(375 - 8 - 280);
  });

  it("keeps to the container when the popup fits in it", () => {
    const container = { left: 100, top: 100, width: 600, height: 400 };
    const placed = placePopup({ anchor: { x: 120, y: 150 }, size, viewport, container });
    expect(placed.left).toBe(100);
    expect(placed.top).toBe(162);
    expect(placed.side).toBe("below");
  });

  it("uses the whole screen when the container is too small", () => {
    const container = { left: 100, top: 100, width: 200, height: 80 };
    const placed = placePopup({ anchor: { x: 200, y: 140 }, size, viewport, container });
    expect(placed).toEqual({ left: 60, top: 8, side: "above" });
  });

  it("pins a popup larger than the screen to the top-left margin", () => {
    const tiny = { width: 200, height: 100 };
    expect(placePopup({ anchor: { x: 100, y: 50 }, size, viewport: tiny })).toEqual({
      left: 8,
      top: 8,
      side: "above",
    });
  });
});
