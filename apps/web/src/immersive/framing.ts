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

/** Frames the bounds for a camera of vertical `fov` degrees on a canvas of `aspect` (width / height). */
export function frameBounds(bounds: ModelBounds, fov: number, aspect: number): Framing {
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
  const distance = (radius / Math.sin(halfNarrow)) * 1.05;
  return { centre, radius, distance, near: distance / 100, far: distance * 10 };
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
