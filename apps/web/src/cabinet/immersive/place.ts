/**
 * Where things are on a panorama's flat (equirectangular) picture: a point of the picture
 * as a direction (yaw, pitch in degrees) and back, as plain functions.
 */
import type { PanoramaLevel } from "@pavilion/schema";

export interface Direction {
  /** −180…180, 0 at the picture's centre, growing to the right. */
  yaw: number;
  /** −90…90, 0 on the horizon, up positive. */
  pitch: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
/** One decimal is finer than any click; it keeps the numbers readable in the form. */
const tenth = (value: number) => Math.round(value * 10) / 10 + 0; // + 0 turns −0 into 0

/**
 * The direction of a point clicked on the flat picture `width`×`height` (pixels from its
 * top-left corner): yaw = (x/width − 0.5)·360, pitch = (0.5 − y/height)·180.
 */
export function directionAt(x: number, y: number, width: number, height: number): Direction {
  if (width <= 0 || height <= 0) return { yaw: 0, pitch: 0 };
  const u = clamp(x / width, 0, 1);
  const v = clamp(y / height, 0, 1);
  return { yaw: tenth((u - 0.5) * 360), pitch: tenth((0.5 - v) * 180) };
}

/** Where a direction sits on the flat picture, in per cent of its width and height (for markers). */
export function pointOf({ yaw, pitch }: Direction): { left: number; top: number } {
  return {
    left: (clamp(yaw, -180, 180) / 360 + 0.5) * 100,
    top: (0.5 - clamp(pitch, -90, 90) / 180) * 100,
  };
}

/** A yaw brought into −180…180 (540 is 180, −190 is 170). */
export function normalYaw(yaw: number): number {
  const turned = (((yaw + 180) % 360) + 360) % 360;
  return tenth(turned === 0 && yaw > 0 ? 180 : turned - 180);
}

/** The level to draw the flat picture from: the smallest at least `wanted` wide, else the largest. */
export function levelFor(levels: readonly PanoramaLevel[], wanted = 2048): PanoramaLevel | undefined {
  const sorted = [...levels].sort((a, b) => a.width - b.width);
  return sorted.find((level) => level.width >= wanted) ?? sorted.at(-1);
}

/** The smallest level, for a thumbnail. */
export function thumbnailOf(levels: readonly PanoramaLevel[]): PanoramaLevel | undefined {
  return [...levels].sort((a, b) => a.width - b.width)[0];
}

/**
 * The first of `places` within `radius` pixels of the clicked point on a picture
 * `width`×`height` (a click on a marker picks it rather than placing a new one).
 */
export function nearest<T extends Direction>(
  places: readonly T[],
  x: number,
  y: number,
  width: number,
  height: number,
  radius: number,
): T | undefined {
  let best: { place: T; distance: number } | undefined;
  for (const place of places) {
    const point = pointOf(place);
    const dx = (point.left / 100) * width - x;
    const dy = (point.top / 100) * height - y;
    const distance = Math.hypot(dx, dy);
    if (distance <= radius && (!best || distance < best.distance)) best = { place, distance };
  }
  return best?.place;
}
