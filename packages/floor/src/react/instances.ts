// Writing per-instance data with scratch objects made once, not per call.
import { type Color, type InstancedMesh, Matrix4, Quaternion, Vector3 } from "three";
import type { Box, Sign } from "./boothParts.ts";

// Scratch objects for per-instance writes (marked pure so pages that only use the
// pure helpers of this package do not pull three.js into their chunk).
const matrix = /* @__PURE__ */ new Matrix4();
const position = /* @__PURE__ */ new Vector3();
const scale = /* @__PURE__ */ new Vector3();
const rotation = /* @__PURE__ */ new Quaternion();
const up = /* @__PURE__ */ new Vector3(0, 1, 0);

/** Places instance `i` as an axis-aligned box. */
export function setBox(mesh: InstancedMesh, i: number, b: Box): void {
  matrix.compose(position.set(b.x, b.y, b.z), rotation.identity(), scale.set(b.sx, b.sy, b.sz));
  mesh.setMatrixAt(i, matrix);
}

/** Places instance `i` as a unit quad turned to face the alley. */
export function setSign(mesh: InstancedMesh, i: number, s: Sign): void {
  rotation.setFromAxisAngle(up, s.yaw);
  matrix.compose(position.set(s.x, s.y, s.z), rotation, scale.set(s.width, s.height, 1));
  mesh.setMatrixAt(i, matrix);
}

/** Sets instance `i`'s colour from an sRGB triple (the renderer works in linear light). */
export function setColor(
  mesh: InstancedMesh,
  i: number,
  rgb: readonly [number, number, number],
  scratch: Color,
) {
  scratch.setRGB(rgb[0], rgb[1], rgb[2], "srgb");
  mesh.setColorAt(i, scratch);
}
