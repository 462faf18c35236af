import { describe, expect, it } from "vitest";
import { directionAt, levelFor, nearest, normalYaw, pointOf, thumbnailOf } from "./place.ts";

describe("directionAt", () => {
  it("turns a click on the flat panorama into yaw and pitch", () => {
    expect(directionAt(1000, 500, 2000, 1000)).toEqual({ yaw: 0, pitch: 0 });
    expect(directionAt(0, 0, 2000, 1000)).toEqual({ yaw: -180, pitch: 90 });
    expect(directionAt(2000, 1000, 2000, 1000)).toEqual({ yaw: 180, pitch: -90 });
    expect(directionAt(1500, 250, 2000, 1000)).toEqual({ yaw: 90, pitch: 45 });
    expect(directionAt(500, 750, 2000, 1000)).toEqual({ yaw: -90, pitch: -45 });
  });

  it("rounds to a tenth of a degree and stays on the picture", () => {
    expect(directionAt(333, 111, 1000, 500)).toEqual({ yaw: -60.1, pitch: 50 });
    expect(directionAt(-20, 600, 1000, 500)).toEqual({ yaw: -180, pitch: -90 });
    expect(directionAt(10, 10, 0, 0)).toEqual({ yaw: 0, pitch: 0 });
  });

  it("is undone by pointOf, which places markers", () => {
    expect(pointOf({ yaw: 90, pitch: 45 })).toEqual({ left: 75, top: 25 });
    expect(pointOf({ yaw: -180, pitch: -90 })).toEqual({ left: 0, top: 100 });
    const { yaw, pitch } = directionAt(640, 210, 1024, 512);
    const point = pointOf({ yaw, pitch });
    expect(point.left).toBeCloseTo(62.5, 1);
    expect(point.top).toBeCloseTo(41, 0);
  });
});

describe("normalYaw", () => {
  it("brings any angle into −180…180", () => {
    expect(normalYaw(190)).toBe(-170);
    expect(normalYaw(-190)).toBe(170);
    expect(normalYaw(540)).toBe(180);
    expect(normalYaw(180)).toBe(180);
    expect(normalYaw(-180)).toBe(-180);
    expect(normalYaw(45.25)).toBe(45.3);
  });
});

describe("levelFor and thumbnailOf", () => {
  const levels = [
    { url: "/files/c", width: 4096, height: 2048 },
    { url: "/files/a", width: 1024, height: 512 },
    { url: "/files/b", width: 2048, height: 1024 },
  ];

  it("draws the editor's picture from a level about 2048 wide", () => {
    expect(levelFor(levels)?.url).toBe("/files/b");
    expect(levelFor(levels, 3000)?.url).toBe("/files/c");
    expect(levelFor(levels.slice(1, 2))?.url).toBe("/files/a");
    expect(levelFor([])).toBeUndefined();
  });

  it("takes the smallest level for a thumbnail", () => {
    expect(thumbnailOf(levels)?.url).toBe("/files/a");
  });
});

describe("nearest", () => {
  const places = [
    { id: "door", yaw: 0, pitch: 0 },
    { id: "desk", yaw: 90, pitch: 0 },
  ];

  it("picks the marker under the click, or none when the click is away from all", () => {
    expect(nearest(places, 505, 248, 1000, 500, 16)?.id).toBe("door");
    expect(nearest(places, 740, 250, 1000, 500, 16)?.id).toBe("desk");
    expect(nearest(places, 300, 100, 1000, 500, 16)).toBeUndefined();
  });
});
