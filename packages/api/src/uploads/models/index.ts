/** Uploaded 3D product models: checked, held to the budget, optimised, drawn as a preview and kept. */
export { checkGlbContainer } from "./glb-container.ts";
export {
  acceptModelUpload,
  type KeepModelRequest,
  type KeptModel,
  keepPreparedModel,
  type RecordModel,
} from "./keep-model.ts";
export { countTriangles } from "./model-budget.ts";
export { modelIO, READABLE_EXTENSIONS } from "./model-io.ts";
export { PREVIEW_SIDE } from "./model-preview.ts";
export { optimiseGlb, type PreparedModel, prepareModel } from "./prepare-model.ts";
export { rasterise, type ShadedMesh } from "./rasterise.ts";
