// Where the visitor is and how they look at the floor, as plain data, plus the
// camera pose it gives. Yaw 0 looks north (-z); it grows clockwise seen from above.
import { nearestAlleyPoint } from "../core/alleys.ts";
import type { FloorLayout, Point } from "../core/types.ts";

export const EYE_HEIGHT = 1.7;
export const VISITOR_RADIUS = 0.35;

export type ViewMode = "walk" | "overview";

export interface ViewState {
  x: number;
  z: number;
  yaw: number;
  /** Up/down look in walk mode, radians (negative looks down). */
  pitch: number;
  mode: ViewMode;
  /** 0 = at eye height, 1 = overview; animates towards the mode. */
  blend: number;
  /** Overview: angle above the horizon, radians. */
  tilt: number;
  /** Overview: 1 frames the whole floor, smaller comes closer to the visitor. */
  zoom: number;
}

export interface Vec3 {
  x: number;
  y: number;
  z: number;
}

export interface Pose {
  position: Vec3;
  target: Vec3;
}

export const PITCH_LIMITS = [-0.75, 0.55] as const;
export const TILT_LIMITS = [0.45, 1.45] as const;
export const ZOOM_LIMITS = [0.2, 1.4] as const;

export function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

/** The unit step forward on the floor for a yaw. */
export function forwardOf(yaw: number): Point {
  return { x: Math.sin(yaw), z: -Math.cos(yaw) };
}

/** The yaw that looks from `from` towards `to`. */
export function yawTowards(from: Point, to: Point): number {
  return Math.atan2(to.x - from.x, -(to.z - from.z));
}

/** The same angle in (-π, π]. */
export function wrapAngle(a: number): number {
  const t = (a + Math.PI) % (2 * Math.PI);
  return (t <= 0 ? t + 2 * Math.PI : t) - Math.PI;
}

const VIEW_DEFAULTS = { pitch: -0.08, mode: "walk", blend: 0, tilt: 1.05, zoom: 1 } as const;

/**
 * Where a visitor starts: at the west end of the inner east–west alley nearest the
 * middle of the booths, looking east along it between two rows of booth fronts; on
 * a floor without one, on the alley nearest the middle of the south wall, looking north.
 */
export function startView(layout: Pick<FloorLayout, "alleys" | "width" | "depth" | "booths">): ViewState {
  const zs = layout.alleys.filter((a) => a.from.z === a.to.z).map((a) => a.from.z);
  const inner = layout.alleys.filter(
    (a) => a.from.z === a.to.z && a.from.z > Math.min(...zs) && a.from.z < Math.max(...zs),
  );
  const booths = layout.booths;
  const middle = booths.reduce((sum, b) => sum + b.z + b.depth / 2, 0) / Math.max(1, booths.length);
  const best = inner.sort((a, b) => Math.abs(a.from.z - middle) - Math.abs(b.from.z - middle))[0];
  if (best && booths.length > 0) {
    const west = Math.min(best.from.x, best.to.x);
    return { ...VIEW_DEFAULTS, x: west, z: best.from.z, yaw: Math.PI / 2, pitch: 0 };
  }
  const at = nearestAlleyPoint(layout.alleys, { x: layout.width / 2, z: layout.depth }).at;
  const onFloor = layout.alleys.length > 0 ? at : { x: layout.width / 2, z: layout.depth / 2 };
  return { ...VIEW_DEFAULTS, x: onFloor.x, z: onFloor.z, yaw: 0 };
}

/** The camera at eye height. */
export function walkPose(v: ViewState): Pose {
  const f = forwardOf(v.yaw);
  const c = Math.cos(v.pitch);
  return {
    position: { x: v.x, y: EYE_HEIGHT, z: v.z },
    target: { x: v.x + f.x * c, y: EYE_HEIGHT + Math.sin(v.pitch), z: v.z + f.z * c },
  };
}

/** Whether every floor corner is inside the picture from `distance` (a pinhole camera, with a margin). */
function corneredIn(
  v: ViewState,
  floor: { width: number; depth: number },
  distance: number,
  tanY: number,
  tanX: number,
) {
  const f = forwardOf(v.yaw);
  const cx = floor.width / 2;
  const cz = floor.depth / 2;
  const flat = Math.cos(v.tilt);
  const rise = Math.sin(v.tilt);
  // Camera axes: forward looks down at the tilt, right is level, up completes them.
  const fwd = { x: f.x * flat, y: -rise, z: f.z * flat };
  const up = { x: f.x * rise, y: flat, z: f.z * rise };
  const right = { x: -f.z, z: f.x };
  for (const [x, z] of [
    [0, 0],
    [floor.width, 0],
    [0, floor.depth],
    [floor.width, floor.depth],
  ] as const) {
    const rel = {
      x: x - (cx - f.x * flat * distance),
      y: -rise * distance,
      z: z - (cz - f.z * flat * distance),
    };
    const depth = rel.x * fwd.x + rel.y * fwd.y + rel.z * fwd.z;
    const across = rel.x * right.x + rel.z * right.z;
    const high = rel.x * up.x + rel.y * up.y + rel.z * up.z;
    if (depth <= 0 || Math.abs(across) > depth * tanX * 0.94 || Math.abs(high) > depth * tanY * 0.9)
      return false;
  }
  return true;
}

/** The distance from the floor's middle that frames the whole floor at this yaw and tilt. */
export function overviewDistance(
  v: ViewState,
  floor: { width: number; depth: number },
  fovY: number,
  aspect: number,
) {
  const tanY = Math.tan(fovY / 2);
  const tanX = tanY * aspect;
  let lo = 5;
  let hi = 20 + (4 * Math.hypot(floor.width, floor.depth)) / Math.min(tanY, tanX);
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (corneredIn(v, floor, mid, tanY, tanX)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The camera above the floor, looking the visitor's way, framing the floor at zoom 1. */
export function overviewPose(
  v: ViewState,
  floor: { width: number; depth: number },
  fovY: number,
  aspect: number,
): Pose {
  const fit = overviewDistance(v, floor, fovY, aspect);
  const near = 1 - clamp(v.zoom, 0, 1);
  const target = {
    x: floor.width / 2 + (v.x - floor.width / 2) * near,
    y: 0,
    z: floor.depth / 2 + (v.z - floor.depth / 2) * near,
  };
  const distance = Math.max(12, fit * v.zoom);
  const f = forwardOf(v.yaw);
  const flat = Math.cos(v.tilt) * distance;
  return {
    position: { x: target.x - f.x * flat, y: Math.sin(v.tilt) * distance, z: target.z - f.z * flat },
    target,
  };
}

function lerp3(a: Vec3, b: Vec3, t: number): Vec3 {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t, z: a.z + (b.z - a.z) * t };
}

/** A pose part way between two, eased so the move starts and ends gently. */
export function blendPose(a: Pose, b: Pose, t: number): Pose {
  const e = t * t * (3 - 2 * t);
  return { position: lerp3(a.position, b.position, e), target: lerp3(a.target, b.target, e) };
}
