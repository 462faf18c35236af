// One frame of movement as pure functions: keys to a step, following a path along
// the alleys, flying to a booth. The rig calls them with the frame's delta.
import type { Point } from "../core/types.ts";
import { forwardOf, wrapAngle, yawTowards } from "./view.ts";

export const WALK_SPEED = 4;
export const RUN_SPEED = 9;
export const TURN_SPEED = 1.9;
export const PATH_SPEED = 7;

export interface Intent {
  forward: number;
  strafe: number;
  turn: number;
  run: boolean;
}

const KEYS: Record<string, Partial<Intent>> = {
  KeyW: { forward: 1 },
  ArrowUp: { forward: 1 },
  KeyS: { forward: -1 },
  ArrowDown: { forward: -1 },
  KeyA: { strafe: -1 },
  KeyD: { strafe: 1 },
  ArrowLeft: { turn: -1 },
  KeyQ: { turn: -1 },
  ArrowRight: { turn: 1 },
  KeyE: { turn: 1 },
};

/** Whether a key code moves the visitor. */
export function isMoveKey(code: string): boolean {
  return code in KEYS;
}

/** What the held keys ask for; opposite keys cancel out. */
export function intentOf(keys: ReadonlySet<string>): Intent {
  const intent: Intent = {
    forward: 0,
    strafe: 0,
    turn: 0,
    run: keys.has("ShiftLeft") || keys.has("ShiftRight"),
  };
  for (const code of keys) {
    const k = KEYS[code];
    intent.forward += k?.forward ?? 0;
    intent.strafe += k?.strafe ?? 0;
    intent.turn += k?.turn ?? 0;
  }
  return intent;
}

export function isIdle(i: Intent): boolean {
  return i.forward === 0 && i.strafe === 0 && i.turn === 0;
}

/** Where the keys take the visitor in `dt` seconds, before collisions. */
export function walkStep(at: Point, yaw: number, intent: Intent, dt: number): { to: Point; yaw: number } {
  const newYaw = wrapAngle(yaw + intent.turn * TURN_SPEED * dt);
  const f = forwardOf(newYaw);
  const speed = (intent.run ? RUN_SPEED : WALK_SPEED) * dt;
  const len = Math.hypot(intent.forward, intent.strafe) || 1;
  const fw = (intent.forward / len) * speed;
  const st = (intent.strafe / len) * speed;
  // Right of forward (fx, fz) is (-fz, fx).
  return { to: { x: at.x + f.x * fw - f.z * st, z: at.z + f.z * fw + f.x * st }, yaw: newYaw };
}

/** Turns `yaw` towards `target` by at most `maxStep` radians, the short way round. */
export function turnTowards(yaw: number, target: number, maxStep: number): number {
  const diff = wrapAngle(target - yaw);
  return Math.abs(diff) <= maxStep ? target : wrapAngle(yaw + Math.sign(diff) * maxStep);
}

export interface PathProgress {
  at: Point;
  /** Index of the next path point to reach. */
  next: number;
  heading: number | null;
  done: boolean;
}

/** Moves `distance` metres along `path` from `at`, aiming at `path[next]` first. */
export function followPath(path: readonly Point[], at: Point, next: number, distance: number): PathProgress {
  let pos = at;
  let left = distance;
  let i = next;
  let heading: number | null = null;
  while (i < path.length) {
    const p = path[i];
    if (!p) break;
    const gap = Math.hypot(p.x - pos.x, p.z - pos.z);
    if (gap > 1e-6) heading = yawTowards(pos, p);
    if (gap > left) {
      const t = left / gap;
      return {
        at: { x: pos.x + (p.x - pos.x) * t, z: pos.z + (p.z - pos.z) * t },
        next: i,
        heading,
        done: false,
      };
    }
    left -= gap;
    pos = p;
    i += 1;
  }
  return { at: pos, next: path.length, heading, done: true };
}

export interface Fly {
  from: { x: number; z: number; yaw: number };
  to: { x: number; z: number; yaw: number };
  /** Seconds so far and in all. */
  elapsed: number;
  duration: number;
}

/** A fly's duration: longer for longer trips, within 0.8–2.2 s. */
export function flyDuration(from: Point, to: Point): number {
  return Math.min(2.2, Math.max(0.8, 0.6 + Math.hypot(to.x - from.x, to.z - from.z) / 60));
}

/** Where a fly is at `elapsed`: eased along a straight line, rising in the middle for an overview of the trip. */
export function flyAt(
  fly: Fly,
  elapsed: number,
): { x: number; z: number; yaw: number; lift: number; done: boolean } {
  const t = Math.min(1, Math.max(0, elapsed / fly.duration));
  const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
  const { from, to } = fly;
  const length = Math.hypot(to.x - from.x, to.z - from.z);
  return {
    x: from.x + (to.x - from.x) * e,
    z: from.z + (to.z - from.z) * e,
    yaw: from.yaw + wrapAngle(to.yaw - from.yaw) * e,
    lift: Math.sin(Math.PI * t) * Math.min(30, length / 3),
    done: t >= 1,
  };
}
