import type { Point } from "../core/types.ts";

export interface RibbonData {
  positions: Float32Array;
  uvs: Float32Array;
  indices: Uint32Array;
}

/**
 * A flat strip `width` metres wide along a polyline at height `y`: one quad per
 * segment, each stretched by half the width at both ends so square corners close.
 * u runs along the walk in widths (for a repeating arrow texture), v across it.
 */
export function ribbon(line: readonly Point[], width: number, y: number): RibbonData {
  const positions: number[] = [];
  const uvs: number[] = [];
  const indices: number[] = [];
  const half = width / 2;
  let walked = 0;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i];
    const b = line[i + 1];
    if (!a || !b) continue;
    const length = Math.hypot(b.x - a.x, b.z - a.z);
    if (length < 1e-6) continue;
    const dx = (b.x - a.x) / length;
    const dz = (b.z - a.z) / length;
    const nx = -dz * half;
    const nz = dx * half;
    const ax = a.x - dx * half;
    const az = a.z - dz * half;
    const bx = b.x + dx * half;
    const bz = b.z + dz * half;
    const base = positions.length / 3;
    positions.push(ax + nx, y, az + nz, ax - nx, y, az - nz, bx + nx, y, bz + nz, bx - nx, y, bz - nz);
    const u0 = (walked - half) / width;
    const u1 = (walked + length + half) / width;
    uvs.push(u0, 1, u0, 0, u1, 1, u1, 0);
    indices.push(base, base + 2, base + 1, base + 1, base + 2, base + 3);
    walked += length;
  }
  return {
    positions: new Float32Array(positions),
    uvs: new Float32Array(uvs),
    indices: new Uint32Array(indices),
  };
}
