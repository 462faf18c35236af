/**
 * A small software rasteriser for model previews: world-space triangles seen from a fixed
 * three-quarter view fitted to the model's box, a z-buffer, and flat Lambert shading of each
 * mesh's colour on a light grey ground. Plain loops over typed arrays, so half a million
 * triangles take well under a second.
 */

type Vec3 = [number, number, number];

/** One mesh to draw: world-space positions (x, y, z per vertex), triangles as index triples. */
export interface ShadedMesh {
  positions: Float32Array;
  indices: Uint32Array;
  /** Linear RGB, 0…1. */
  color: Vec3;
}

export interface Box {
  min: Vec3;
  max: Vec3;
}

/** The background, sRGB. */
export const PREVIEW_BACKGROUND: Vec3 = [236, 238, 241];

const AMBIENT = 0.3;
const MARGIN = 0.08;

/** Draws the meshes into a `size`×`size` RGBA image (sRGB, opaque). */
export function rasterise(meshes: readonly ShadedMesh[], box: Box, size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) pixels.set([...PREVIEW_BACKGROUND, 255], i * 4);
  const depth = new Float32Array(size * size).fill(-Infinity);
  const camera = fitCamera(box, size);
  for (const mesh of meshes) drawMesh(mesh, camera, size, pixels, depth);
  return pixels;
}

interface Camera {
  right: Vec3;
  up: Vec3;
  /** From the model towards the viewer. */
  back: Vec3;
  light: Vec3;
  center: Vec3;
  scale: number;
  offsetX: number;
  offsetY: number;
}

/** Looks from front-right and above, at the box's centre, scaled so the box fills the picture. */
function fitCamera(box: Box, size: number): Camera {
  const back = normalize([1, 0.8, 1.4]);
  const right = normalize(cross([0, 1, 0], back));
  const up = cross(back, right);
  const center: Vec3 = [0, 1, 2].map((i) => ((box.min[i] ?? 0) + (box.max[i] ?? 0)) / 2) as Vec3;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let corner = 0; corner < 8; corner++) {
    const p: Vec3 = [0, 1, 2].map((i) => ((corner >> i) & 1 ? box.max[i] : box.min[i]) ?? 0) as Vec3;
    const d = sub(p, center);
    const [x, y] = [dot(d, right), dot(d, up)];
    [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  const scale = (size * (1 - 2 * MARGIN)) / extent;
  const light = normalize(add(add(back, scaled(up, 0.8)), scaled(right, -0.5)));
  return {
    ...{ right, up, back, light, center, scale },
    offsetX: size / 2 - ((minX + maxX) / 2) * scale,
    offsetY: size / 2 + ((minY + maxY) / 2) * scale,
  };
}

function drawMesh(mesh: ShadedMesh, camera: Camera, size: number, pixels: Uint8Array, depth: Float32Array) {
  const count = mesh.positions.length / 3;
  const sx = new Float32Array(count);
  const sy = new Float32Array(count);
  const sz = new Float32Array(count);
  const { right, up, back, center, scale } = camera;
  const p = mesh.positions;
  for (let v = 0; v < count; v++) {
    const x = (p[v * 3] ?? 0) - center[0];
    const y = (p[v * 3 + 1] ?? 0) - center[1];
    const z = (p[v * 3 + 2] ?? 0) - center[2];
    sx[v] = camera.offsetX + (x * right[0] + y * right[1] + z * right[2]) * scale;
    sy[v] = camera.offsetY - (x * up[0] + y * up[1] + z * up[2]) * scale;
    sz[v] = x * back[0] + y * back[1] + z * back[2];
  }
  const shades = new Uint8Array(3 * 256);
  for (let level = 0; level < 256; level++) {
    for (let c = 0; c < 3; c++) shades[level * 3 + c] = toSrgb8((mesh.color[c] ?? 0) * (level / 255));
  }
  const { indices } = mesh;
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = indices[t] ?? 0;
    const b = indices[t + 1] ?? 0;
    const c = indices[t + 2] ?? 0;
    const light = lambert(p, a, b, c, camera.light);
    const shade = Math.round(255 * (AMBIENT + (1 - AMBIENT) * light));
    const triangle = {
      a,
      b,
      c,
      r: shades[shade * 3] ?? 0,
      g: shades[shade * 3 + 1] ?? 0,
      bl: shades[shade * 3 + 2] ?? 0,
    };
    fillTriangle(triangle, sx, sy, sz, size, pixels, depth);
  }
}

interface Triangle {
  a: number;
  b: number;
  c: number;
  r: number;
  g: number;
  bl: number;
}

function fillTriangle(
  t: Triangle,
  sx: Float32Array,
  sy: Float32Array,
  sz: Float32Array,
  size: number,
  pixels: Uint8Array,
  depth: Float32Array,
) {
  const [x0, y0, z0] = [sx[t.a] ?? 0, sy[t.a] ?? 0, sz[t.a] ?? 0];
  const [x1, y1, z1] = [sx[t.b] ?? 0, sy[t.b] ?? 0, sz[t.b] ?? 0];
  const [x2, y2, z2] = [sx[t.c] ?? 0, sy[t.c] ?? 0, sz[t.c] ?? 0];
  const area = (x1 - x0) * (y2 - y0) - (y1 - y0) * (x2 - x0);
  if (area === 0 || !Number.isFinite(area)) return;
  const minX = Math.max(0, Math.floor(Math.min(x0, x1, x2)));
  const maxX = Math.min(size - 1, Math.ceil(Math.max(x0, x1, x2)));
  const minY = Math.max(0, Math.floor(Math.min(y0, y1, y2)));
  const maxY = Math.min(size - 1, Math.ceil(Math.max(y0, y1, y2)));
  const inverse = 1 / area;
  for (let y = minY; y <= maxY; y++) {
    const py = y + 0.5;
    for (let x = minX; x <= maxX; x++) {
      const px = x + 0.5;
      // Barycentric weights; the sign of the area makes both windings fill.
      const w0 = ((x1 - px) * (y2 - py) - (y1 - py) * (x2 - px)) * inverse;
      const w1 = ((x2 - px) * (y0 - py) - (y2 - py) * (x0 - px)) * inverse;
      const w2 = 1 - w0 - w1;
      if (w0 < 0 || w1 < 0 || w2 < 0) continue;
      const z = w0 * z0 + w1 * z1 + w2 * z2;
      const at = y * size + x;
      if (z <= (depth[at] ?? Infinity)) continue;
      depth[at] = z;
      pixels[at * 4] = t.r;
      pixels[at * 4 + 1] = t.g;
      pixels[at * 4 + 2] = t.bl;
    }
  }
}

/** How much light the triangle's face catches (either side faces the light). */
function lambert(p: Float32Array, a: number, b: number, c: number, light: Vec3): number {
  const ux = (p[b * 3] ?? 0) - (p[a * 3] ?? 0);
  const uy = (p[b * 3 + 1] ?? 0) - (p[a * 3 + 1] ?? 0);
  const uz = (p[b * 3 + 2] ?? 0) - (p[a * 3 + 2] ?? 0);
  const vx = (p[c * 3] ?? 0) - (p[a * 3] ?? 0);
  const vy = (p[c * 3 + 1] ?? 0) - (p[a * 3 + 1] ?? 0);
  const vz = (p[c * 3 + 2] ?? 0) - (p[a * 3 + 2] ?? 0);
  const nx = uy * vz - uz * vy;
  const ny = uz * vx - ux * vz;
  const nz = ux * vy - uy * vx;
  const length = Math.hypot(nx, ny, nz);
  if (length === 0) return 0;
  return Math.abs((nx * light[0] + ny * light[1] + nz * light[2]) / length);
}

/** Linear 0…1 to an sRGB byte. */
export function toSrgb8(linear: number): number {
  const v = Math.min(1, Math.max(0, linear));
  const srgb = v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055;
  return Math.round(srgb * 255);
}

/** An sRGB byte to linear 0…1. */
export function fromSrgb8(byte: number): number {
  const v = byte / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const scaled = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
function normalize(a: Vec3): Vec3 {
  const length = Math.hypot(...a) || 1;
  return scaled(a, 1 / length);
}
