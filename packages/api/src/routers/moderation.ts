import { exhibitorScope, moderationQueueSchema, moderationReviewSchema, rejectInput } from "@pavilion/schema";
import { z } from "zod";
import { approveDraft, rejectDraft } from "../services/moderation/decide.ts";
import { moderationQueue } from "../services/moderation/queue.ts";
import { moderationReview } from "../services/moderation/review.ts";
import { organiserProcedure, router } from "../trpc.ts";

const ok = z.object({ ok: z.literal(true) });

/** Organisers review what exhibitors submit: approve it onto the floor or send it back. */
export const moderationRouter = router({
  /** Submitted drafts, oldest first. */
  queue: organiserProcedure
    .output(moderationQueueSchema)
    .query(({ ctx }) => moderationQueue(ctx.services.db)),

  review: organiserProcedure
    .input(exhibitorScope)
    .output(moderationReviewSchema)
    .query(({ ctx, input }) => moderationReview(ctx.services.db, input.exhibitorId, ctx.services.now())),

  /** Makes the submitted draft and materials what visitors see; tells the owners. */
  approve: organiserProcedure
    .input(exhibitorScope)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      const { db, mailer, now, config } = ctx.services;
      const decision = { organiserId: ctx.user.id, publicUrl: config.publicUrl };
      await approveDraft(db, mailer, input.exhibitorId, decision, now());
      return { ok: true as const };
    }),

  /** Sends the submitted draft back with a reason; tells the owners. */
  reject: organiserProcedure
    .input(rejectInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      const { db, mailer, now, config } = ctx.services;
      const decision = { organiserId: ctx.user.id, publicUrl: config.publicUrl };
      await rejectDraft(db, mailer, input.exhibitorId, input.reason, decision, now());
      return { ok: true as const };
    }),
});
