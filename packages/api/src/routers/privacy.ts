import {
  deleteMyDataInput,
  exhibitorScope,
  myActivityInput,
  myActivityPageSchema,
  myConsentSchema,
} from "@pavilion/schema";
import { z } from "zod";
import { myConsents, withdrawConsent } from "../services/leads/consents.ts";
import { myActivity } from "../services/privacy/activity.ts";
import { deleteMyData } from "../services/privacy/delete.ts";
import { router, signedInProcedure } from "../trpc.ts";

/** A visitor's own data (issue 7): what they did, whom they gave contacts to, and deleting it. */
export const privacyRouter = router({
  myActivity: signedInProcedure
    .input(myActivityInput)
    .output(myActivityPageSchema)
    .query(({ ctx, input }) => myActivity(ctx.services.db, ctx.user.id, input)),

  myConsents: signedInProcedure
    .output(z.array(myConsentSchema))
    .query(({ ctx }) => myConsents(ctx.services.db, ctx.user.id)),

  withdrawConsent: signedInProcedure
    .input(exhibitorScope)
    .output(z.void())
    .mutation(async ({ ctx, input }) => {
      await withdrawConsent(ctx.services.db, ctx.user.id, input.exhibitorId, ctx.services.now());
    }),

  /** Deletes the account and signs the person out (their sessions went with it). */
  deleteMyData: signedInProcedure
    .input(deleteMyDataInput)
    .output(z.void())
    .mutation(async ({ ctx, input }) => {
      await deleteMyData(ctx.services.db, ctx.user.id, input.password, ctx.services.now());
      ctx.cookie.clear();
    }),
});
