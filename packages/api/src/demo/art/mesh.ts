/**
 * Geometry for the demo's 3D models: boxes, surfaces of revolution, upright prisms, moved
 * and merged in plain arrays, then turned into gltf-transform meshes.
 */
import type { Document, Material } from "@gltf-transform/core";

/** A piece of geometry: positions, normals and texture coordinates per vertex, triangles by index. */
export interface Geometry {
  positions: number[];
  normals: number[];
  uvs: number[];
  indices: number[];
}

export type Vec3 = [number, number, number];

function empty(): Geometry {
  return { positions: [], normals: [], uvs: [], indices: [] };
}

/** A surface of revolution around Y through the (radius, height) points, `segments` around. */
export function lathe(profile: readonly [number, number][], segments: number): Geometry {
  const g = empty();
  for (let s = 0; s <= segments; s++) {
    const angle = (s / segments) * Math.PI * 2;
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    for (const [p, [radius, height]] of profile.entries()) {
      const [prevR, prevH] = profile[Math.max(0, p - 1)] ?? [radius, height];
      const [nextR, nextH] = profile[Math.min(profile.length - 1, p + 1)] ?? [radius, height];
      // The profile's normal: perpendicular to its tangent, turned around the axis.
      const [dr, dh] = [nextR - prevR, nextH - prevH];
      const length = Math.hypot(dr, dh) || 1;
      g.positions.push(radius * cos, height, radius * sin);
      g.normals.push((dh / length) * cos, -dr / length, (dh / length) * sin);
      g.uvs.push(s / segments, p / (profile.length - 1));
    }
  }
  const rows = profile.length;
  for (let s = 0; s < segments; s++) {
    for (let p = 0; p < rows - 1; p++) {
      const a = s * rows + p;
      const b = (s + 1) * rows + p;
      g.indices.push(a, a + 1, b, b, a + 1, b + 1);
    }
  }
  return g;
}

/** A box of the given size centred on the origin, each face with its own normal and UVs. */
export function box(width: number, height: number, depth: number): Geometry {
  const g = empty();
  const half = (axis: number) => [width / 2, height / 2, depth / 2][axis] ?? 0;
  for (let axis = 0; axis < 3; axis++) {
    for (const sign of [1, -1]) {
      const [u, v] = [(axis + 1) % 3, (axis + 2) % 3];
      const base = g.positions.length / 3;
      for (const [su, sv] of [
        [-1, -1],
        [1, -1],
        [1, 1],
        [-1, 1],
      ] as const) {
        const corner: Vec3 = [0, 0, 0];
        corner[axis] = sign * half(axis);
        corner[u] = su * sign * half(u);
        corner[v] = sv * half(v);
        const normal: Vec3 = [0, 0, 0];
        normal[axis] = sign;
        g.positions.push(...corner);
        g.normals.push(...normal);
        g.uvs.push((su + 1) / 2, (1 - sv) / 2);
      }
      g.indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
    }
  }
  return g;
}

/** A box between two corners (x, y, z each from min to max). */
export function block(min: Vec3, max: Vec3): Geometry {
  const size = [0, 1, 2].map((i) => (max[i] ?? 0) - (min[i] ?? 0)) as Vec3;
  const centre = [0, 1, 2].map((i) => ((max[i] ?? 0) + (min[i] ?? 0)) / 2) as Vec3;
  return moved(box(...size), centre);
}

/** A rounded-edge cylinder standing on the origin. */
export function cylinder(radius: number, height: number, segments: number): Geometry {
  const bevel = Math.min(radius, height) * 0.08;
  return lathe(
    [
      [0, 0],
      [radius - bevel, 0],
      [radius, bevel],
      [radius, height - bevel],
      [radius - bevel, height],
      [0, height],
    ],
    segments,
  );
}

/**
 * An upright prism from y0 to y1 over a convex outline in the ground plane ([x, z] points,
 * counter-clockwise seen from above): top face and walls (the bottom lies on something).
 * The top's texture coordinates are the outline's x and z scaled by `uvScale`.
 */
export function prism(outline: readonly [number, number][], y0: number, y1: number, uvScale = 1): Geometry {
  const g = empty();
  for (const [x, z] of outline) {
    g.positions.push(x, y1, z);
    g.normals.push(0, 1, 0);
    g.uvs.push(x * uvScale, z * uvScale);
  }
  for (let i = 1; i < outline.length - 1; i++) g.indices.push(0, i, i + 1);
  outline.forEach(([ax, az], i) => {
    const [bx, bz] = outline[(i + 1) % outline.length] ?? [ax, az];
    const length = Math.hypot(bx - ax, bz - az) || 1;
    const normal = [-(bz - az) / length, 0, (bx - ax) / length];
    const base = g.positions.length / 3;
    for (const [x, y, z, u, v] of [
      [ax, y0, az, 0, 1],
      [bx, y0, bz, 1, 1],
      [bx, y1, bz, 1, 0],
      [ax, y1, az, 0, 0],
    ] as const) {
      g.positions.push(x, y, z);
      g.normals.push(...normal);
      g.uvs.push(u, v);
    }
    g.indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
  });
  return g;
}

/** A convex outline: a circle (or a polygon of `sides`) around (x, z), counter-clockwise from above. */
export function circleOutline(x: number, z: number, r: number, sides = 24): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const a = (-i / sides) * Math.PI * 2;
    return [x + r * Math.cos(a), z + r * Math.sin(a)] as [number, number];
  });
}

/** The geometry moved by `offset` (and scaled around its origin by `scale` first). */
export function moved(g: Geometry, offset: Vec3, scale: Vec3 = [1, 1, 1]): Geometry {
  const positions = g.positions.map((value, i) => value * (scale[i % 3] ?? 1) + (offset[i % 3] ?? 0));
  // Normals of a scaled shape lean by the inverse scale.
  const normals: number[] = [];
  for (let i = 0; i < g.normals.length; i += 3) {
    const n = [0, 1, 2].map((k) => (g.normals[i + k] ?? 0) / (scale[k] ?? 1));
    const length = Math.hypot(...n) || 1;
    normals.push(...n.map((value) => value / length));
  }
  return { positions, normals, uvs: [...g.uvs], indices: [...g.indices] };
}

/** Many pieces as one geometry (one draw for a material). */
export function merged(pieces: readonly Geometry[]): Geometry {
  const g = empty();
  for (const piece of pieces) {
    const base = g.positions.length / 3;
    g.positions.push(...piece.positions);
    g.normals.push(...piece.normals);
    g.uvs.push(...piece.uvs);
    g.indices.push(...piece.indices.map((index) => index + base));
  }
  return g;
}

/** The geometry as a one-primitive mesh in the document's first buffer. */
export function meshOf(document: Document, name: string, geometry: Geometry, look: Material) {
  const buffer = document.getRoot().listBuffers()[0] ?? null;
  const accessor = (
    type: "VEC3" | "VEC2" | "SCALAR",
    array: Float32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint32Array<ArrayBuffer>,
  ) => document.createAccessor().setType(type).setArray(array).setBuffer(buffer);
  const wide = geometry.positions.length / 3 > 65_535;
  const primitive = document
    .createPrimitive()
    .setAttribute("POSITION", accessor("VEC3", new Float32Array(geometry.positions)))
    .setAttribute("NORMAL", accessor("VEC3", new Float32Array(geometry.normals)))
    .setAttribute("TEXCOORD_0", accessor("VEC2", new Float32Array(geometry.uvs)))
    .setIndices(
      accessor("SCALAR", wide ? new Uint32Array(geometry.indices) : new Uint16Array(geometry.indices)),
    )
    .setMaterial(look);
  return document.createMesh(name).addPrimitive(primitive);
}
