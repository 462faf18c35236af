// Floors as data: layout, picking, alley routes and walking, as pure functions.
// The React/R3F layer lives in "@pavilion/floor/react".
export {
  type AlleyGraph,
  type AlleyGraphOptions,
  type AlleyPoint,
  boothAccess,
  buildAlleyGraph,
  nearestAlleyPoint,
  nearestNode,
  shortestPath,
} from "./core/alleys.ts";
export {
  boothInputs,
  type MoveResult,
  moveBooth,
  type PlacementFloor,
  type PlacementProblem,
  placementProblem,
  type ResizeResult,
  resizeBooth,
} from "./core/edit.ts";
export { alleyRect, rectHasPoint, rectsOverlap } from "./core/geometry.ts";
export { layoutFloor } from "./core/layout.ts";
export { createPicker, type Picker, type PickerOptions } from "./core/picking.ts";
export { type NextStop, nextStop, planRoute, type Route } from "./core/route.ts";
export { EXACT_LIMIT, orderStops } from "./core/tour.ts";
export type {
  Alley,
  BoothInput,
  BoothSize,
  Facing,
  FloorLayout,
  Footprint,
  LayoutOptions,
  PlacedBooth,
  Point,
  Rect,
} from "./core/types.ts";
export { BOOTH_FOOTPRINTS, BOOTH_SIZES } from "./core/types.ts";
export { type LayoutProblem, validateLayout } from "./core/validate.ts";
export { collide, MIN_RADIUS } from "./core/walk.ts";
