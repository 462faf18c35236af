/**
 * The cabinet's product model procedures (part of the immersive router). memberProcedure checks
 * that the caller is a member of input.exhibitorId; the services check each model belongs to it.
 */
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
import { addModel } from "../services/immersive/model-add.ts";
import {
  featureModel,
  listModels,
  removeModel,
  reorderModels,
  updateModelTexts,
} from "../services/immersive/models.ts";
import { memberProcedure } from "../trpc.ts";

const modelList = z.array(productModelSchema);

export const immersiveModelProcedures = {
  /** The exhibitor's models in order. */
  models: memberProcedure
    .input(exhibitorScope)
    .output(modelList)
    .query(({ ctx, input }) => listModels(ctx.services.db, input.exhibitorId)),

  /** Validates, optimises and keeps a finished .glb upload as a model; answers the list. */
  addModel: memberProcedure
    .input(addModelInput)
    .output(modelList)
    .mutation(async ({ ctx, input }) => {
      const { exhibitorId, uploadId, title, description, featured } = input;
      await addModel(
        ctx.services,
        { userId: ctx.user.id, exhibitorId, uploadId },
        { title, description, featured },
      );
      return listModels(ctx.services.db, exhibitorId);
    }),

  updateModel: memberProcedure
    .input(updateModelInput)
    .output(modelList)
    .mutation(async ({ ctx, input }) => {
      const { exhibitorId, modelId, title, description } = input;
      await updateModelTexts(
        ctx.services.db,
        exhibitorId,
        modelId,
        { title, description },
        ctx.services.now(),
      );
      return listModels(ctx.services.db, exhibitorId);
    }),

  /** Puts this model (or none) on the booth's stand on the floor. */
  featureModel: memberProcedure
    .input(featureModelInput)
    .output(modelList)
    .mutation(async ({ ctx, input }) => {
      await featureModel(ctx.services.db, input.exhibitorId, input.modelId, ctx.services.now());
      return listModels(ctx.services.db, input.exhibitorId);
    }),

  reorderModels: memberProcedure
    .input(reorderModelsInput)
    .output(modelList)
    .mutation(async ({ ctx, input }) => {
      await reorderModels(ctx.services.db, input.exhibitorId, input.modelIds, ctx.services.now());
      return listModels(ctx.services.db, input.exhibitorId);
    }),

  /** Deletes the model and gives back its files' storage; answers the list. */
  removeModel: memberProcedure
    .input(modelScope)
    .output(modelList)
    .mutation(async ({ ctx, input }) => {
      await removeModel(ctx.services.db, input.exhibitorId, input.modelId);
      return listModels(ctx.services.db, input.exhibitorId);
    }),
};
