/** The cabinet's product model procedures (part of the immersive router). Contract stub: the models helper fills it. */
import {
  addModelInput,
  exhibitorScope,
  featureModelInput,
  modelScope,
  productModelSchema,
  reorderModelsInput,
  updateModelInput,
} from "@pavilion/schema";
import { z } from "zod";
import { memberProcedure } from "../trpc.ts";

const modelList = z.array(productModelSchema);
const notYet = (): never => {
  throw new Error("not implemented yet");
};

export const immersiveModelProcedures = {
  /** The exhibitor's models in order. */
  models: memberProcedure.input(exhibitorScope).output(modelList).query(notYet),
  /** Validates, optimises and keeps a finished .glb upload as a model; answers the list. */
  addModel: memberProcedure.input(addModelInput).output(modelList).mutation(notYet),
  updateModel: memberProcedure.input(updateModelInput).output(modelList).mutation(notYet),
  /** Puts this model (or none) on the booth's stand on the floor. */
  featureModel: memberProcedure.input(featureModelInput).output(modelList).mutation(notYet),
  reorderModels: memberProcedure.input(reorderModelsInput).output(modelList).mutation(notYet),
  removeModel: memberProcedure.input(modelScope).output(modelList).mutation(notYet),
};
