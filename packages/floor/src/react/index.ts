// The thin R3F layer over the pure floor core: the scene, its view state and the
// pure helpers the page needs around it.
export { type AtlasGrid, cellOrigin, cellUv, squareGrid, type UvRect } from "./atlas.ts";
export type { FloorBenchHook } from "./BenchHook.tsx";
export { BOOTH_HEIGHT, boothBoxes, boothFrame, logoSigns, nameSign } from "./boothParts.ts";
export { FloorScene, type FloorSceneProps } from "./FloorScene.tsx";
export { floorPoint, pickAlongRay, type Ray, type RayHit } from "./pickRay.ts";
export { boothName, initialsOf, type Locale, layoutFromPlan } from "./plan.ts";
export { screenPoint } from "./pointerRay.ts";
export type { FloorSceneApi } from "./SceneApi.tsx";
export {
  clamp,
  EYE_HEIGHT,
  forwardOf,
  startView,
  type ViewMode,
  type ViewState,
  wrapAngle,
  yawTowards,
} from "./view.ts";
export { createViewStore, type ViewStore } from "./viewStore.ts";
export { alleyWalk, facedBooth, onAlley, viewpointOf } from "./walkTo.ts";
