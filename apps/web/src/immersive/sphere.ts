/** The sphere a panorama is drawn inside, turned so the photo's centre is straight ahead (-Z). */
import type { SphereGeometry } from "three";

/**
 * three's sphere puts u = 0.5 at +X with u growing to the left as seen from inside; mirrored in X
 * it grows to the right, and a quarter turn brings the centre ahead. Baked into the vertices so the
 * mesh needs no transform.
 */
export function prepareSphereGeometry(geometry: SphereGeometry): SphereGeometry {
  geometry.scale(-1, 1, 1);
  geometry.rotateY(-Math.PI / 2);
  return geometry;
}
