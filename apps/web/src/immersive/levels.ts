/** Which of a panorama's stored sizes to show on this screen. */
import type { PanoramaLevel } from "@pavilion/schema";

/** A level is wide enough when it has this many pixels per CSS pixel of the canvas across its 360°. */
export const LEVEL_OVERSAMPLE = 2.5;
/** Phones and tablets (coarse pointers) get no level wider than this: memory, not screens, is their limit. */
export const COARSE_POINTER_MAX_WIDTH = 4096;

export interface Screen {
  /** The canvas's width in CSS pixels. */
  cssWidth: number;
  devicePixelRatio: number;
  /** The GPU's largest texture side (gl.capabilities.maxTextureSize). */
  maxTextureSize: number;
  coarsePointer: boolean;
}

/**
 * The smallest level at least LEVEL_OVERSAMPLE × the canvas's device pixels wide that the GPU (and, on
 * phones, memory) can take; the largest it can take when none is that wide; the smallest when none fits.
 */
export function chooseLevel<L extends PanoramaLevel>(levels: readonly L[], screen: Screen): L | null {
  const sorted = [...levels].sort((a, b) => a.width - b.width);
  const cap = screen.coarsePointer
    ? Math.min(screen.maxTextureSize, COARSE_POINTER_MAX_WIDTH)
    : screen.maxTextureSize;
  const usable = sorted.filter((level) => level.width <= cap);
  if (usable.length === 0) return sorted[0] ?? null;
  const wanted = LEVEL_OVERSAMPLE * screen.cssWidth * Math.max(1, screen.devicePixelRatio);
  return usable.find((level) => level.width >= wanted) ?? usable[usable.length - 1] ?? null;
}

/** The level to show at once while the chosen one loads (the smallest). */
export function firstLevel<L extends PanoramaLevel>(levels: readonly L[]): L | null {
  return [...levels].sort((a, b) => a.width - b.width)[0] ?? null;
}
