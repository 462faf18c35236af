/** Where the model viewer's camera stands so a model fills the canvas, from the model's bounds. */
import type { ModelBounds } from "@pavilion/schema";
import type { Vec3 } from "./angles.ts";
import type { OrbitView } from "./views.ts";

export interface Framing {
  /** The point the camera turns around (the centre of the bounds). */
  centre: Vec3;
  /** The radius of the sphere round the bounds. */
  radius: number;
  /** How far from the centre the whole sphere fits the view. */
  distance: number;
  near: number;
  far: number;
}

/** Room left round the model, as a share of the distance that would just fit it. */
const MARGIN = 1.12;
/** Turns checked when fitting: the model must stay whole however it is turned at that elevation. */
const FIT_AZIMUTHS = Array.from({ length: 24 }, (_, i) => i * 15);

/**
 * Frames the bounds for a camera of vertical `fov` degrees on a canvas of `aspect` (width / height),
 * seen from `elevation` degrees: close enough that the box fills the view (a wide, flat model is
 * not left small inside the sphere round it), far enough that every corner stays in view at any turn.
 */
export function frameBounds(bounds: ModelBounds, fov: number, aspect: number, elevation = 15): Framing {
  const centre: Vec3 = [
    (bounds.min[0] + bounds.max[0]) / 2,
    (bounds.min[1] + bounds.max[1]) / 2,
    (bounds.min[2] + bounds.max[2]) / 2,
  ];
  const radius =
    Math.hypot(bounds.max[0] - bounds.min[0], bounds.max[1] - bounds.min[1], bounds.max[2] - bounds.min[2]) /
      2 || 1;
  const halfVertical = (fov * Math.PI) / 360;
  // The narrower of the two directions decides: a tall canvas frames by its width.
  const halfNarrow = Math.min(halfVertical, Math.atan(Math.tan(halfVertical) * Math.max(0.1, aspect)));
  const halfHorizontal = Math.atan(Math.tan(halfVertical) * aspect);
  const sphereFit = radius / Math.sin(halfNarrow);
  const boxFit = Math.max(
    ...FIT_AZIMUTHS.map((azimuth) =>
      fitDistance(bounds, centre, azimuth, elevation, halfHorizontal, halfVertical),
    ),
  );
  // Never inside the sphere round the model, whatever the box says.
  const distance = Math.max(radius * 1.2, Math.min(sphereFit, boxFit) * MARGIN);
  return { centre, radius, distance, near: distance / 100, far: distance * 10 };
}

/** How far from the centre a camera looking from (azimuth, elevation) must stand to see every corner. */
function fitDistance(
  bounds: ModelBounds,
  centre: Vec3,
  azimuth: number,
  elevation: number,
  halfHorizontal: number,
  halfVertical: number,
): number {
  const az = (azimuth * Math.PI) / 180;
  const el = (elevation * Math.PI) / 180;
  // From the camera towards the centre, and the camera's right and up.
  const forward: Vec3 = [Math.sin(az) * Math.cos(el), -Math.sin(el), -Math.cos(az) * Math.cos(el)];
  const right: Vec3 = [Math.cos(az), 0, Math.sin(az)];
  const up: Vec3 = [
    right[1] * forward[2] - right[2] * forward[1],
    right[2] * forward[0] - right[0] * forward[2],
    right[0] * forward[1] - right[1] * forward[0],
  ];
  const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  let needed = 0;
  for (const x of [bounds.min[0], bounds.max[0]])
    for (const y of [bounds.min[1], bounds.max[1]])
      for (const z of [bounds.min[2], bounds.max[2]]) {
        const p: Vec3 = [x - centre[0], y - centre[1], z - centre[2]];
        const depthOffset = dot(p, forward);
        needed = Math.max(
          needed,
          Math.abs(dot(p, right)) / Math.tan(halfHorizontal) - depthOffset,
          Math.abs(dot(p, up)) / Math.tan(halfVertical) - depthOffset,
        );
      }
  return needed;
}

/**
 * The camera's position for an orbit view: in front of the model (+Z, where glTF faces) at home;
 * the model turned right by `azimuth` is the camera gone left round it, raised by `elevation`.
 */
export function orbitCameraPosition(framing: Framing, view: OrbitView): Vec3 {
  const az = (view.azimuth * Math.PI) / 180;
  const el = (view.elevation * Math.PI) / 180;
  const d = framing.distance * view.zoom;
  const [cx, cy, cz] = framing.centre;
  return [cx - Math.sin(az) * Math.cos(el) * d, cy + Math.sin(el) * d, cz + Math.cos(az) * Math.cos(el) * d];
}
