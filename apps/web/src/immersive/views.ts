/**
 * How the viewers' views change with the keyboard, a drag, the wheel and a pinch: pure functions
 * over small view records, so the canvas only draws what they say.
 */
import { clamp, wrapDegrees } from "./angles.ts";

/** One key press = one step of this many degrees. */
export const KEY_STEP_DEGREES = 15;

/** A model seen from around it: `azimuth` is how far the model has turned (right positive). */
export interface OrbitView {
  azimuth: number;
  elevation: number;
  /** The camera's distance as a multiple of the framing distance (below 1 is closer). */
  zoom: number;
}

export const ORBIT_HOME: OrbitView = { azimuth: 0, elevation: 15, zoom: 1 };
export const ORBIT_LIMITS = { elevation: 85, minZoom: 0.35, maxZoom: 3 } as const;
const ZOOM_STEP = 1.25;

/** A look from the centre of a panorama. */
export interface LookView {
  yaw: number;
  pitch: number;
  /** Vertical field of view. */
  fov: number;
}

export const LOOK_LIMITS = { pitch: 85, minFov: 30, maxFov: 90, homeFov: 75 } as const;
const FOV_STEP = 10;

/** What a key does to a view, or null when the viewer leaves it to the browser. */
export type ViewKey = "left" | "right" | "up" | "down" | "zoomIn" | "zoomOut" | "reset";

export function viewKeyOf(key: string): ViewKey | null {
  switch (key) {
    case "ArrowLeft":
      return "left";
    case "ArrowRight":
      return "right";
    case "ArrowUp":
      return "up";
    case "ArrowDown":
      return "down";
    case "+":
    case "=":
    case "Add":
      return "zoomIn";
    case "-":
    case "_":
    case "Subtract":
      return "zoomOut";
    case "Home":
    case "0":
      return "reset";
    default:
      return null;
  }
}

export function withOrbitZoom(view: OrbitView, factor: number): OrbitView {
  return { ...view, zoom: clamp(view.zoom * factor, ORBIT_LIMITS.minZoom, ORBIT_LIMITS.maxZoom) };
}

/** Turns the model by a drag or a key: right turns it right, up lifts the eye. */
export function orbitBy(view: OrbitView, dAzimuth: number, dElevation: number): OrbitView {
  return {
    ...view,
    azimuth: wrapDegrees(view.azimuth + dAzimuth),
    elevation: clamp(view.elevation + dElevation, -ORBIT_LIMITS.elevation, ORBIT_LIMITS.elevation),
  };
}

export function orbitAfterKey(view: OrbitView, key: ViewKey): OrbitView {
  switch (key) {
    case "left":
      return orbitBy(view, -KEY_STEP_DEGREES, 0);
    case "right":
      return orbitBy(view, KEY_STEP_DEGREES, 0);
    case "up":
      return orbitBy(view, 0, KEY_STEP_DEGREES);
    case "down":
      return orbitBy(view, 0, -KEY_STEP_DEGREES);
    case "zoomIn":
      return withOrbitZoom(view, 1 / ZOOM_STEP);
    case "zoomOut":
      return withOrbitZoom(view, ZOOM_STEP);
    case "reset":
      return ORBIT_HOME;
    default: {
      const never: never = key;
      return never;
    }
  }
}

export function lookHome(yaw: number): LookView {
  return { yaw: wrapDegrees(yaw), pitch: 0, fov: LOOK_LIMITS.homeFov };
}

/** Turns the look: yaw right positive, pitch up positive. */
export function lookBy(view: LookView, dYaw: number, dPitch: number): LookView {
  return {
    ...view,
    yaw: wrapDegrees(view.yaw + dYaw),
    pitch: clamp(view.pitch + dPitch, -LOOK_LIMITS.pitch, LOOK_LIMITS.pitch),
  };
}

export function withFov(view: LookView, fov: number): LookView {
  return { ...view, fov: clamp(fov, LOOK_LIMITS.minFov, LOOK_LIMITS.maxFov) };
}

export function lookAfterKey(view: LookView, key: ViewKey, homeYaw: number): LookView {
  switch (key) {
    case "left":
      return lookBy(view, -KEY_STEP_DEGREES, 0);
    case "right":
      return lookBy(view, KEY_STEP_DEGREES, 0);
    case "up":
      return lookBy(view, 0, KEY_STEP_DEGREES);
    case "down":
      return lookBy(view, 0, -KEY_STEP_DEGREES);
    case "zoomIn":
      return withFov(view, view.fov - FOV_STEP);
    case "zoomOut":
      return withFov(view, view.fov + FOV_STEP);
    case "reset":
      return lookHome(homeYaw);
    default: {
      const never: never = key;
      return never;
    }
  }
}

/**
 * A drag of (dx, dy) CSS pixels on a canvas `height` pixels tall: the scene follows the finger
 * (dragging left turns the look right), a pixel being as many degrees as the view shows per pixel.
 */
export function lookAfterDrag(view: LookView, dx: number, dy: number, height: number): LookView {
  const degreesPerPixel = view.fov / Math.max(1, height);
  return lookBy(view, -dx * degreesPerPixel, dy * degreesPerPixel);
}

/** A drag across the model: the full width of the canvas turns it half way round. */
export function orbitAfterDrag(view: OrbitView, dx: number, dy: number, width: number): OrbitView {
  const degreesPerPixel = 180 / Math.max(1, width);
  return orbitBy(view, dx * degreesPerPixel, dy * degreesPerPixel);
}

/** A wheel turn (deltaY, pixels) as a zoom factor: down zooms out. */
export function wheelFactor(deltaY: number): number {
  return Math.exp(clamp(deltaY, -200, 200) * 0.0015);
}
