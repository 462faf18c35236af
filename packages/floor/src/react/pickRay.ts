// Which booth a pointer ray meets, from the layout alone (no mesh ray tests): the ray
// is walked across the floor in short steps while it is lower than a booth, and each
// step is one O(1) pick. From high above that is a handful of picks; at eye height
// it finds the wall in front of the visitor rather than the floor behind it.
import type { Picker } from "../core/picking.ts";
import type { PlacedBooth, Point } from "../core/types.ts";
import { BOOTH_HEIGHT } from "./boothParts.ts";

export interface Ray {
  origin: { x: number; y: number; z: number };
  /** Need not be normalised. */
  direction: { x: number; y: number; z: number };
}

export interface RayHit {
  booth: PlacedBooth | null;
  /** Where the ray meets the floor plane y = 0, if it does. */
  floor: Point | null;
}

const STEP = 0.2;

/** Where a ray meets the floor plane y = 0, or null when it never does. */
export function floorPoint(ray: Ray): Point | null {
  const { origin: o, direction: d } = ray;
  if (!(d.y < 0) || o.y < 0) return null;
  const t = -o.y / d.y;
  return { x: o.x + d.x * t, z: o.z + d.z * t };
}

/** The first booth the ray meets below booth height, within `maxDistance` metres across the floor. */
export function pickAlongRay(picker: Picker, ray: Ray, maxDistance = 200): RayHit {
  const { origin: o, direction: d } = ray;
  const floor = floorPoint(ray);
  const across = Math.hypot(d.x, d.z);
  if (across < 1e-9) return { booth: floor ? picker.pick(floor.x, floor.z) : null, floor };
  let start = 0;
  if (o.y > BOOTH_HEIGHT) {
    if (!(d.y < 0)) return { booth: null, floor };
    start = (o.y - BOOTH_HEIGHT) / -d.y;
  }
  const end = Math.min(floor ? -o.y / d.y : Number.POSITIVE_INFINITY, maxDistance / across);
  const dt = STEP / across;
  for (let t = start; t <= end + dt; t += dt) {
    const at = Math.min(t, end);
    const booth = picker.pick(o.x + d.x * at, o.z + d.z * at);
    if (booth) return { booth, floor };
    if (at === end) break;
  }
  return { booth: null, floor };
}
