import { BufferAttribute, BufferGeometry } from "three";
import { WALL_REPEAT } from "./hallArt.ts";

/**
 * The four walls of a hall from (x0, z0) to (x1, z1), `height` tall, facing inwards,
 * with u running along the walls in repeats of WALL_REPEAT metres.
 */
export function hallWalls(x0: number, z0: number, x1: number, z1: number, height: number): BufferGeometry {
  const corners = [
    [x0, z0],
    [x1, z0],
    [x1, z1],
    [x0, z1],
    [x0, z0],
  ] as const;
  const positions: number[] = [];
  const uvs: number[] = [];
  const indices: number[] = [];
  let along = 0;
  for (let i = 0; i < 4; i++) {
    const [ax, az] = corners[i] ?? [0, 0];
    const [bx, bz] = corners[i + 1] ?? [0, 0];
    const length = Math.hypot(bx - ax, bz - az);
    const base = positions.length / 3;
    positions.push(ax, 0, az, bx, 0, bz, ax, height, az, bx, height, bz);
    const u0 = along / WALL_REPEAT;
    const u1 = (along + length) / WALL_REPEAT;
    uvs.push(u0, 0, u1, 0, u0, 1, u1, 1);
    // The hall is on the right of each wall as it runs; this winding faces that way.
    indices.push(base, base + 1, base + 2, base + 1, base + 3, base + 2);
    along += length;
  }
  const g = new BufferGeometry();
  g.setAttribute("position", new BufferAttribute(new Float32Array(positions), 3));
  g.setAttribute("uv", new BufferAttribute(new Float32Array(uvs), 2));
  g.setIndex(indices);
  g.computeVertexNormals();
  return g;
}
