// Where a booth's featured model stands: a low plinth in the front-left of the booth
// (clear of the counter on the right and the logo on the back wall), and the pose that
// fits a model of any size onto it, facing the alley.
import type { ModelBounds } from "@pavilion/schema";
import type { PlacedBooth } from "../core/types.ts";
import { boothFrame, local } from "./boothParts.ts";

export const PLINTH_HEIGHT = 0.25;
/** The tallest a model is drawn, above the plinth. */
export const MODEL_MAX_HEIGHT = 1.6;
/** The widest a model is drawn (on the largest plinth). */
export const MODEL_MAX_FOOTPRINT = 1.2;

export interface Plinth {
  /** Centre of its top face's footprint, on the floor. */
  x: number;
  z: number;
  /** Full sizes along the world axes (a square, so facing does not matter). */
  size: number;
  height: number;
  /** Rotation about y that turns something facing +z to face the alley. */
  yaw: number;
}

/** The plinth of a booth: square, 0.8–1.3 m a side, just in from the left wall, 0.3 m in from the front. */
export function plinthOf(b: PlacedBooth): Plinth {
  const f = boothFrame(b);
  const size = Math.min(1.3, Math.max(0.8, f.frontage / 2 - 0.5));
  const at = local(f, -f.frontage / 2 + 0.15 + size / 2, 0.3 + size / 2);
  return { x: at.x, z: at.z, size, height: PLINTH_HEIGHT, yaw: Math.atan2(f.out.x, f.out.z) };
}

export interface ModelPose {
  x: number;
  y: number;
  z: number;
  yaw: number;
  /** Uniform scale. */
  scale: number;
}

/**
 * Scales a model uniformly to fit the plinth's footprint (less a margin, at most 1.2 m) and
 * 1.6 m in height, centres it on the plinth, stands its lowest point on the plinth's top, and
 * turns its front (+z in glTF) to the alley.
 */
export function modelPose(plinth: Plinth, bounds: ModelBounds): ModelPose {
  const [x0, y0, z0] = bounds.min;
  const [x1, y1, z1] = bounds.max;
  const footprint = Math.min(MODEL_MAX_FOOTPRINT, plinth.size - 0.1);
  // Booths face along an axis, so the plinth's square holds the model's wider side.
  const across = Math.max(x1 - x0, z1 - z0, 0);
  const tall = Math.max(0, y1 - y0);
  const fits = [
    across > 1e-9 ? footprint / across : Infinity,
    tall > 1e-9 ? MODEL_MAX_HEIGHT / tall : Infinity,
  ];
  const scale = Math.min(...fits);
  const s = Number.isFinite(scale) ? scale : 1;
  // The centre of the bounds, turned by the yaw, lands on the plinth's centre.
  const cx = ((x0 + x1) / 2) * s;
  const cz = ((z0 + z1) / 2) * s;
  const cos = Math.cos(plinth.yaw);
  const sin = Math.sin(plinth.yaw);
  return {
    x: plinth.x - (cx * cos + cz * sin),
    y: plinth.height - y0 * s,
    z: plinth.z - (-cx * sin + cz * cos),
    yaw: plinth.yaw,
    scale: s,
  };
}
