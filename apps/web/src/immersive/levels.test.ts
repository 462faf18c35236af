import { describe, expect, it } from "vitest";
import { chooseLevel, firstLevel } from "./levels.ts";

const level = (width: number) => ({ url: `/files/${width}`, width, height: width / 2 });
const levels = [level(1024), level(2048), level(4096), level(8192)];
const desktop = { cssWidth: 800, devicePixelRatio: 1, maxTextureSize: 16384, coarsePointer: false };

describe("chooseLevel", () => {
  it("picks the smallest level 2.5 times as wide as the canvas's device pixels", () => {
    expect(chooseLevel(levels, desktop)?.width).toBe(2048);
    expect(chooseLevel(levels, { ...desktop, cssWidth: 1200 })?.width).toBe(4096);
    expect(chooseLevel(levels, { ...desktop, cssWidth: 1200, devicePixelRatio: 2 })?.width).toBe(8192);
    expect(chooseLevel(levels, { ...desktop, cssWidth: 300 })?.width).toBe(1024);
  });

  it("takes the largest there is when none is wide enough", () => {
    expect(chooseLevel(levels.slice(0, 2), { ...desktop, cssWidth: 1600 })?.width).toBe(2048);
  });

  it("never goes over the GPU's texture size, nor 4096 on a phone", () => {
    const retina = { ...desktop, cssWidth: 1600, devicePixelRatio: 2 };
    expect(chooseLevel(levels, { ...retina, maxTextureSize: 4096 })?.width).toBe(4096);
    expect(chooseLevel(levels, { ...retina, coarsePointer: true })?.width).toBe(4096);
    expect(chooseLevel([level(8192)], { ...retina, maxTextureSize: 4096 })?.width).toBe(8192);
  });

  it("starts from the smallest, whatever the order it was given in", () => {
    expect(firstLevel([level(4096), level(1024)])?.width).toBe(1024);
    expect(chooseLevel([level(4096), level(1024), level(2048)], desktop)?.width).toBe(2048);
    expect(chooseLevel([], desktop)).toBeNull();
  });
});
