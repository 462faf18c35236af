// Moves the visitor and the camera, one frame at a time: keys (with collisions),
// walking a path, flying to a booth, easing between eye height and the overview.
// Everything it changes goes through the view store; it never sets React state.
import { useFrame, useThree } from "@react-three/fiber";
import { useEffect, useRef } from "react";
import { MathUtils, type PerspectiveCamera } from "three";
import type { Picker } from "../core/picking.ts";
import type { FloorLayout } from "../core/types.ts";
import { collide } from "../core/walk.ts";
import {
  flyAt,
  followPath,
  intentOf,
  isIdle,
  PATH_SPEED,
  TURN_SPEED,
  turnTowards,
  walkStep,
} from "./motion.ts";
import { blendPose, overviewPose, type Pose, VISITOR_RADIUS, type ViewState, walkPose } from "./view.ts";
import type { ViewStore } from "./viewStore.ts";

/** The frame's changes to the view, or null when nothing moves. */
function advance(
  store: ViewStore,
  layout: FloorLayout,
  picker: Picker,
  dt: number,
): Partial<ViewState> | null {
  const v = store.get();
  const m = store.motion;
  const patch: Partial<ViewState> = {};
  const intent = intentOf(m.keys);
  if (m.fly) {
    m.fly.elapsed += dt;
    const at = flyAt(m.fly, m.fly.elapsed);
    // Arrive looking a little up, so the fascia with the name is in the picture.
    Object.assign(patch, { x: at.x, z: at.z, yaw: at.yaw, pitch: 0.1 });
    if (at.done) {
      const arrive = m.onArrive;
      store.stop();
      arrive?.();
    }
  } else if (!isIdle(intent)) {
    m.path = null;
    const step = walkStep(v, v.yaw, intent, dt);
    const to = collide(layout, picker, v, step.to, VISITOR_RADIUS);
    Object.assign(patch, { x: to.x, z: to.z, yaw: step.yaw });
  } else if (m.path) {
    const p = followPath(m.path, v, m.pathNext, PATH_SPEED * dt);
    m.pathNext = p.next;
    Object.assign(patch, { x: p.at.x, z: p.at.z });
    // At eye height the visitor turns to where they walk; from above the view stays put.
    if (p.heading !== null && v.mode === "walk")
      patch.yaw = turnTowards(v.yaw, p.heading, TURN_SPEED * 2 * dt);
    if (p.done) m.path = null;
  }
  const goal = v.mode === "overview" ? 1 : 0;
  if (v.blend !== goal) {
    const blend = MathUtils.damp(v.blend, goal, 5, dt);
    patch.blend = Math.abs(blend - goal) < 0.002 ? goal : blend;
  }
  const changed = (Object.keys(patch) as (keyof ViewState)[]).some((k) => patch[k] !== v[k]);
  return changed ? patch : null;
}

function poseOf(store: ViewStore, layout: FloorLayout, camera: PerspectiveCamera): Pose {
  const v = store.get();
  const walk = walkPose(v);
  const fly = store.motion.fly;
  if (fly) {
    const lift = flyAt(fly, fly.elapsed).lift;
    walk.position.y += lift;
    walk.target.y += lift * 0.6;
  }
  if (v.blend <= 0) return walk;
  return blendPose(walk, overviewPose(v, layout, MathUtils.degToRad(camera.fov), camera.aspect), v.blend);
}

export interface CameraRigProps {
  view: ViewStore;
  layout: FloorLayout;
  picker: Picker;
}

export function CameraRig({ view, layout, picker }: CameraRigProps) {
  const invalidate = useThree((s) => s.invalidate);
  const moving = useRef(false);
  useEffect(() => view.subscribe(() => invalidate()), [view, invalidate]);
  useFrame((state, delta) => {
    const camera = state.camera as PerspectiveCamera;
    // On demand, the first frame after a pause reports the whole pause: count it as one 60th.
    const dt = moving.current ? Math.min(delta, 0.25) : 1 / 60;
    const patch = advance(view, layout, picker, dt);
    moving.current = patch !== null;
    if (patch) view.set(patch);
    const pose = poseOf(view, layout, camera);
    camera.position.set(pose.position.x, pose.position.y, pose.position.z);
    camera.lookAt(pose.target.x, pose.target.y, pose.target.z);
    // Near plane grows with height so the thin carpets never z-fight with the floor from afar.
    const near = Math.max(0.1, pose.position.y * 0.02);
    if (Math.abs(camera.near - near) > 1e-3) {
      camera.near = near;
      camera.updateProjectionMatrix();
    }
  });
  return null;
}
