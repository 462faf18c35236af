import type { Camera } from "three";
import { Vector3 } from "three";
import type { Ray } from "./pickRay.ts";

const scratch = /* @__PURE__ */ new Vector3();

/** The ray from the camera through a client (CSS pixel) point of the canvas. */
export function pointerRay(camera: Camera, rect: DOMRect, clientX: number, clientY: number): Ray {
  const ndcX = ((clientX - rect.left) / rect.width) * 2 - 1;
  const ndcY = -((clientY - rect.top) / rect.height) * 2 + 1;
  const origin = camera.getWorldPosition(new Vector3());
  scratch.set(ndcX, ndcY, 0.5).unproject(camera).sub(origin);
  return {
    origin: { x: origin.x, y: origin.y, z: origin.z },
    direction: { x: scratch.x, y: scratch.y, z: scratch.z },
  };
}

/** Client coordinates of a world point, or null when it is behind the camera or off the canvas. */
export function screenPoint(camera: Camera, rect: DOMRect, p: { x: number; y: number; z: number }) {
  scratch.set(p.x, p.y, p.z).project(camera);
  if (scratch.z < -1 || scratch.z > 1 || Math.abs(scratch.x) > 1 || Math.abs(scratch.y) > 1) return null;
  return {
    x: rect.left + ((scratch.x + 1) / 2) * rect.width,
    y: rect.top + ((1 - scratch.y) / 2) * rect.height,
  };
}
