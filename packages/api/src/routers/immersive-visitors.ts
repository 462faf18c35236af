/** What visitors see and do with a booth's models and tour (part of the immersive router). Contract stub. */
import { boothImmersiveInput, boothImmersiveSchema, modelViewedInput, tourLeftInput } from "@pavilion/schema";
import { z } from "zod";
import { publicProcedure, signedInProcedure } from "../trpc.ts";

const notYet = (): never => {
  throw new Error("not implemented yet");
};

export const immersiveVisitorProcedures = {
  /** An approved exhibitor's models and tour for its booth page (drafts only for its team and organisers). */
  booth: publicProcedure.input(boothImmersiveInput).output(boothImmersiveSchema).query(notYet),
  /** Records that the caller opened a model (activity "model.viewed"; not for the company's own team). */
  modelViewed: signedInProcedure
    .input(modelViewedInput)
    .output(z.object({ recorded: z.boolean() }))
    .mutation(notYet),
  /** Records the caller's time in the company's tour when they leave it (activity "tour.left"). */
  tourLeft: signedInProcedure
    .input(tourLeftInput)
    .output(z.object({ seconds: z.number() }))
    .mutation(notYet),
};
