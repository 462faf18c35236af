/** What visitors see and do with a booth's models and tour (part of the immersive router). */
import { boothImmersiveInput, boothImmersiveSchema, modelViewedInput, tourLeftInput } from "@pavilion/schema";
import { z } from "zod";
import { boothImmersive } from "../services/immersive/visitor-booth.ts";
import { recordModelView } from "../services/immersive/visitor-model-view.ts";
import { recordTourLeave } from "../services/immersive/visitor-tour-leave.ts";
import { publicProcedure, signedInProcedure } from "../trpc.ts";

export const immersiveVisitorProcedures = {
  /** An approved exhibitor's models and tour for its booth page (drafts only for its team and organisers). */
  booth: publicProcedure
    .input(boothImmersiveInput)
    .output(boothImmersiveSchema)
    .query(({ ctx, input }) => boothImmersive(ctx.services.db, input.exhibitorId, ctx.user)),

  /**
   * Records that the caller opened a model (activity "model.viewed"), once per model in ten
   * minutes and never for the company's own team: `recorded` says whether this one counted.
   */
  modelViewed: signedInProcedure
    .input(modelViewedInput)
    .output(z.object({ recorded: z.boolean() }))
    .mutation(async ({ ctx, input }) => ({
      recorded: await recordModelView(ctx.services.db, ctx.user.id, input.modelId, ctx.services.now()),
    })),

  /**
   * Records the caller's time in the company's tour when they leave it (activity "tour.left");
   * the server caps the seconds (see recordTourLeave) and answers those it kept.
   */
  tourLeft: signedInProcedure
    .input(tourLeftInput)
    .output(z.object({ seconds: z.number() }))
    .mutation(async ({ ctx, input }) => ({
      seconds: await recordTourLeave(ctx.services.db, { ...input, userId: ctx.user.id }, ctx.services.now()),
    })),
};
