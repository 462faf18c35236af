import { describe, expect, it } from "vitest";
import { PREVIEW_BACKGROUND, rasterise, type ShadedMesh } from "./rasterise.ts";

const cube = (color: ShadedMesh["color"]): ShadedMesh => {
  const corners = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) => [i & 1 ? 1 : -1, i & 2 ? 1 : -1, i & 4 ? 1 : -1]);
  const faces = [
    0, 1, 3, 0, 3, 2, 4, 6, 7, 4, 7, 5, 0, 4, 5, 0, 5, 1, 2, 3, 7, 2, 7, 6, 0, 2, 6, 0, 6, 4, 1, 5, 7, 1, 7,
    3,
  ];
  return { positions: new Float32Array(corners), indices: new Uint32Array(faces), color };
};
const box = { min: [-1, -1, -1] as [number, number, number], max: [1, 1, 1] as [number, number, number] };
const pixel = (image: Uint8Array, size: number, x: number, y: number) =>
  Array.from(image.subarray((y * size + x) * 4, (y * size + x) * 4 + 3));

describe("the preview rasteriser", () => {
  it("draws a red cube red in the middle, on the background at the corners", () => {
    const size = 128;
    const image = rasterise([cube([1, 0, 0])], box, size);
    const [r, g, b] = pixel(image, size, size / 2, size / 2);
    expect(r).toBeGreaterThan(120);
    expect(g).toBeLessThan(20);
    expect(b).toBeLessThan(20);
    for (const [x, y] of [
      [0, 0],
      [size - 1, 0],
      [0, size - 1],
      [size - 1, size - 1],
    ] as const) {
      expect(pixel(image, size, x, y)).toEqual(PREVIEW_BACKGROUND);
    }
  });

  it("shows the nearer of two overlapping shapes", () => {
    const size = 64;
    const far = cube([0, 0, 1]);
    const near = cube([0, 1, 0]);
    // The green cube sits between the camera (front, right, above) and the blue one.
    near.positions = near.positions.map((v, i) => v * 0.5 + ([0.6, 0.5, 0.8][i % 3] ?? 0));
    const image = rasterise([far, near], { min: [-1, -1, -1], max: [1.1, 1, 1.3] }, size);
    const [, green = 0, blue = 0] = pixel(image, size, size / 2, size / 2);
    expect(green).toBeGreaterThan(blue);
  });

  it("draws half a million triangles within a second", () => {
    const n = 500;
    const positions = new Float32Array((n + 1) * (n + 1) * 3);
    for (let y = 0; y <= n; y++)
      for (let x = 0; x <= n; x++)
        positions.set([x / n, Math.sin(x / 20) * 0.1, y / n], (y * (n + 1) + x) * 3);
    const indices = new Uint32Array(n * n * 6);
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) {
        const a = y * (n + 1) + x;
        indices.set([a, a + n + 1, a + 1, a + 1, a + n + 1, a + n + 2], (y * n + x) * 6);
      }
    }
    const started = performance.now();
    rasterise(
      [{ positions, indices, color: [0.5, 0.5, 0.5] }],
      { min: [0, -0.1, 0], max: [1, 0.1, 1] },
      1024,
    );
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
