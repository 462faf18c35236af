// Shared by the tests: a seeded PRNG and booth lists, so property-style loops are repeatable.
import type { BoothInput, BoothSize, FloorLayout, Point } from "./types.ts";

/** A small seeded PRNG (mulberry32): the same seed gives the same numbers in [0, 1). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` booths named b0, b1, …; sizes drawn with the given weights (small, medium, large). */
export function booths(
  count: number,
  random = prng(1),
  weights: [number, number, number] = [6, 3, 1],
): BoothInput[] {
  const total = weights[0] + weights[1] + weights[2];
  return Array.from({ length: count }, (_, i) => {
    const r = random() * total;
    const size: BoothSize = r < weights[0] ? "small" : r < weights[0] + weights[1] ? "medium" : "large";
    return { id: `b${i}`, size };
  });
}

/** A point a little outside the booth's entrance, in the direction it faces. */
export function inFrontOf(booth: FloorLayout["booths"][number], step = 0.5): Point {
  const { x, z } = booth.entrance;
  switch (booth.facing) {
    case "north":
      return { x, z: z - step };
    case "south":
      return { x, z: z + step };
    case "west":
      return { x: x - step, z };
    case "east":
      return { x: x + step, z };
    default: {
      const never: never = booth.facing;
      throw new Error(`unknown facing ${String(never)}`);
    }
  }
}
