/** Demo art others make files from: the 3D models a company would upload and the rooms of its tours. */

export { buildDemoBuildingGlb } from "./building-model.ts";
export { type DemoPanoramaScene, drawDemoPanorama } from "./panoramas.ts";
export { buildDemoModelGlb } from "./product-model.ts";
