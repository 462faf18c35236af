/** Demo art others make files from: the product model a company would upload and plant panoramas. */

export { type DemoPanoramaScene, drawDemoPanorama } from "./panoramas.ts";
export { buildDemoModelGlb } from "./product-model.ts";
