/** Keys shared by the plans that move around the floor: the visitor's map and the organiser's editor. */
import type { KeyboardEvent } from "react";
import type { Direction } from "./neighbour.ts";

/** The arrow keys as directions on the plan. */
export const arrowDirections: Partial<Record<string, Direction>> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

/** How far one press of a zoom key or button zooms. */
export const ZOOM_STEP = 1.5;

type Point = { x: number; z: number };

/**
 * The zoom keys: + (or =) and − (or _) zoom about `at` (the view's middle when absent),
 * 0 shows the whole floor. Keys held with Alt, Ctrl or Cmd are left to the browser.
 */
export function handleZoomKey(
  event: KeyboardEvent,
  { zoom, reset }: { zoom: (factor: number, at?: Point) => void; reset: () => void },
  at: Point | undefined,
): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === "+" || event.key === "=") zoom(ZOOM_STEP, at);
  else if (event.key === "-" || event.key === "_") zoom(1 / ZOOM_STEP, at);
  else if (event.key === "0") reset();
  else return;
  event.preventDefault();
}
