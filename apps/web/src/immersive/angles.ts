/**
 * Angles of the viewers, in degrees. A direction in a panorama is (yaw, pitch): yaw 0 is the
 * photo's centre and grows to the right, pitch 0 is the horizon and grows upwards. In three's
 * world that is -Z ahead, +X to the right, +Y up (the default camera's frame).
 */

export type Vec3 = readonly [number, number, number];

const RAD = Math.PI / 180;

/** `value` within [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** An angle in (-180, 180]. */
export function wrapDegrees(degrees: number): number {
  const wrapped = ((((degrees + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 ? 180 : wrapped;
}

/** An angle as a visitor reads it: a whole number in [0, 360). */
export function headingDegrees(degrees: number): number {
  const rounded = Math.round(degrees);
  return ((rounded % 360) + 360) % 360;
}

/** The unit vector looking at (yaw, pitch). */
export function directionOf(yaw: number, pitch: number): Vec3 {
  const cosPitch = Math.cos(pitch * RAD);
  return [Math.sin(yaw * RAD) * cosPitch, Math.sin(pitch * RAD), -Math.cos(yaw * RAD) * cosPitch];
}

/** The (yaw, pitch) a vector looks at (it need not be of unit length). */
export function yawPitchOf([x, y, z]: Vec3): { yaw: number; pitch: number } {
  const length = Math.hypot(x, y, z) || 1;
  return { yaw: Math.atan2(x, -z) / RAD, pitch: Math.asin(clamp(y / length, -1, 1)) / RAD };
}

/** Where (yaw, pitch) is in an equirectangular photo: u 0…1 left to right, v 0…1 bottom to top. */
export function equirectUv(yaw: number, pitch: number): { u: number; v: number } {
  return { u: 0.5 + wrapDegrees(yaw) / 360, v: 0.5 + clamp(pitch, -90, 90) / 180 };
}

/** The direction a point of an equirectangular photo shows. */
export function yawPitchOfUv(u: number, v: number): { yaw: number; pitch: number } {
  return { yaw: wrapDegrees((u - 0.5) * 360), pitch: (v - 0.5) * 180 };
}
