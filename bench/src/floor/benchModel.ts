/**
 * A product model for the benchmark when the demo brings none: a small machine (a painted
 * body on a base, and a steel drum of about 6,000 triangles), written as a glTF binary by hand
 * so the bench needs no glTF library of its own. The fixture runs it through the server's
 * model pipeline (meshopt compression) when that is there.
 */

interface MeshPart {
  positions: number[];
  normals: number[];
  indices: number[];
}

const emptyPart = (): MeshPart => ({ positions: [], normals: [], indices: [] });

function addQuad(part: MeshPart, corners: readonly (readonly number[])[], normal: readonly number[]): void {
  const base = part.positions.length / 3;
  for (const c of corners) {
    part.positions.push(...c);
    part.normals.push(...normal);
  }
  part.indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
}

/** An axis-aligned box with flat faces, wound counter-clockwise seen from outside. */
function addBox(part: MeshPart, min: readonly number[], max: readonly number[]): void {
  const [x0, y0, z0] = min as [number, number, number];
  const [x1, y1, z1] = max as [number, number, number];
  addQuad(
    part,
    [
      [x0, y0, z1],
      [x1, y0, z1],
      [x1, y1, z1],
      [x0, y1, z1],
    ],
    [0, 0, 1],
  );
  addQuad(
    part,
    [
      [x1, y0, z0],
      [x0, y0, z0],
      [x0, y1, z0],
      [x1, y1, z0],
    ],
    [0, 0, -1],
  );
  addQuad(
    part,
    [
      [x1, y0, z1],
      [x1, y0, z0],
      [x1, y1, z0],
      [x1, y1, z1],
    ],
    [1, 0, 0],
  );
  addQuad(
    part,
    [
      [x0, y0, z0],
      [x0, y0, z1],
      [x0, y1, z1],
      [x0, y1, z0],
    ],
    [-1, 0, 0],
  );
  addQuad(
    part,
    [
      [x0, y1, z1],
      [x1, y1, z1],
      [x1, y1, z0],
      [x0, y1, z0],
    ],
    [0, 1, 0],
  );
  addQuad(
    part,
    [
      [x0, y0, z0],
      [x1, y0, z0],
      [x1, y0, z1],
      [x0, y0, z1],
    ],
    [0, -1, 0],
  );
}

/** A drum lying along x: `segments` around, `rings` along, with smooth normals (no caps). */
function addDrum(
  part: MeshPart,
  centre: readonly [number, number, number],
  radius: number,
  length: number,
  segments: number,
  rings: number,
): void {
  const base = part.positions.length / 3;
  for (let r = 0; r <= rings; r++) {
    const x = centre[0] - length / 2 + (length * r) / rings;
    // A slight waist, so the surface is not flat shading in disguise.
    const bulge = radius * (1 - 0.06 * Math.sin((Math.PI * r) / rings));
    for (let s = 0; s <= segments; s++) {
      const a = (2 * Math.PI * s) / segments;
      part.positions.push(x, centre[1] + Math.cos(a) * bulge, centre[2] + Math.sin(a) * bulge);
      part.normals.push(0, Math.cos(a), Math.sin(a));
    }
  }
  const row = segments + 1;
  for (let r = 0; r < rings; r++) {
    for (let s = 0; s < segments; s++) {
      const a = base + r * row + s;
      part.indices.push(a, a + 1, a + row, a + 1, a + row + 1, a + row);
    }
  }
}

function bounds(parts: readonly MeshPart[]) {
  const min = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  const max = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const part of parts) {
    for (let i = 0; i < part.positions.length; i++) {
      const v = part.positions[i] ?? 0;
      min[i % 3] = Math.min(min[i % 3] ?? 0, v);
      max[i % 3] = Math.max(max[i % 3] ?? 0, v);
    }
  }
  return { min: min as [number, number, number], max: max as [number, number, number] };
}

export interface BenchModel {
  glb: Uint8Array;
  triangles: number;
  bounds: { min: [number, number, number]; max: [number, number, number] };
}

/** The machine as a .glb: two meshes (body, drum), two materials, positions, normals, indices. */
export function benchModelGlb(): BenchModel {
  const body = emptyPart();
  addBox(body, [-0.7, 0, -0.4], [0.7, 0.25, 0.4]); // base
  addBox(body, [-0.6, 0.25, -0.35], [-0.2, 1.1, 0.35]); // housing
  addBox(body, [0.45, 0.25, -0.1], [0.55, 0.7, 0.1]); // stand
  addBox(body, [-0.58, 0.85, 0.35], [-0.22, 1.05, 0.38]); // control panel
  const drum = emptyPart();
  addDrum(drum, [0.2, 0.75, 0], 0.28, 0.7, 96, 32);
  const parts = [body, drum];

  const chunks: Uint8Array[] = [];
  const views: { buffer: 0; byteOffset: number; byteLength: number; target: number }[] = [];
  const accessors: Record<string, unknown>[] = [];
  let offset = 0;
  const push = (data: Float32Array | Uint32Array, target: number) => {
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    views.push({ buffer: 0, byteOffset: offset, byteLength: bytes.byteLength, target });
    chunks.push(bytes);
    offset += bytes.byteLength; // every array is 4-byte aligned
    return views.length - 1;
  };
  const meshes = parts.map((part, k) => {
    const b = bounds([part]);
    const position = accessors.length;
    accessors.push({
      bufferView: push(new Float32Array(part.positions), 34962),
      componentType: 5126,
      count: part.positions.length / 3,
      type: "VEC3",
      min: b.min,
      max: b.max,
    });
    const normal = accessors.length;
    accessors.push({
      bufferView: push(new Float32Array(part.normals), 34962),
      componentType: 5126,
      count: part.normals.length / 3,
      type: "VEC3",
    });
    const indices = accessors.length;
    accessors.push({
      bufferView: push(new Uint32Array(part.indices), 34963),
      componentType: 5125,
      count: part.indices.length,
      type: "SCALAR",
    });
    return { primitives: [{ attributes: { POSITION: position, NORMAL: normal }, indices, material: k }] };
  });
  const json = JSON.stringify({
    asset: { version: "2.0", generator: "pavilion bench" },
    scene: 0,
    scenes: [{ nodes: [0, 1] }],
    nodes: [
      { mesh: 0, name: "body" },
      { mesh: 1, name: "drum" },
    ],
    meshes,
    materials: [
      {
        name: "paint",
        pbrMetallicRoughness: {
          baseColorFactor: [0.85, 0.42, 0.12, 1],
          metallicFactor: 0.1,
          roughnessFactor: 0.6,
        },
      },
      {
        name: "steel",
        pbrMetallicRoughness: {
          baseColorFactor: [0.7, 0.72, 0.75, 1],
          metallicFactor: 0.8,
          roughnessFactor: 0.35,
        },
      },
    ],
    accessors,
    bufferViews: views,
    buffers: [{ byteLength: offset }],
  });
  const jsonBytes = new TextEncoder().encode(json.padEnd(Math.ceil(json.length / 4) * 4, " "));
  const total = 12 + 8 + jsonBytes.length + 8 + offset;
  const glb = new Uint8Array(total);
  const view = new DataView(glb.buffer);
  view.setUint32(0, 0x46546c67, true); // "glTF"
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonBytes.length, true);
  view.setUint32(16, 0x4e4f534a, true); // "JSON"
  glb.set(jsonBytes, 20);
  view.setUint32(20 + jsonBytes.length, offset, true);
  view.setUint32(24 + jsonBytes.length, 0x004e4942, true); // "BIN\0"
  let at = 28 + jsonBytes.length;
  for (const chunk of chunks) {
    glb.set(chunk, at);
    at += chunk.byteLength;
  }
  const triangles = parts.reduce((sum, part) => sum + part.indices.length / 3, 0);
  return { glb, triangles, bounds: bounds(parts) };
}
