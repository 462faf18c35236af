import {
  boothLeaveInput,
  boothPageInput,
  boothPageSchema,
  exhibitorScope,
  leaveContactsInput,
  myCardSchema,
  recordVideoPlayInput,
} from "@pavilion/schema";
import { z } from "zod";
import { leaveContacts, myCard } from "../services/booth/contacts.ts";
import { recordBoothLeave } from "../services/booth/leave.ts";
import { boothPage } from "../services/booth/page.ts";
import { recordVideoPlay } from "../services/booth/video-plays.ts";
import { publicProcedure, router, signedInProcedure } from "../trpc.ts";

export const boothRouter = router({
  /** An approved exhibitor's booth page (drafts only for its own staff and organisers). */
  page: publicProcedure
    .input(boothPageInput)
    .output(boothPageSchema)
    .query(({ ctx, input }) => boothPage(ctx.services.db, input.exhibitorId, ctx.user, ctx.services.now())),

  /** Leaves the caller's business card (with consent) at an approved exhibitor's booth, or updates it. */
  leaveContacts: signedInProcedure
    .input(leaveContactsInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await leaveContacts(ctx.services.db, ctx.user.id, input, ctx.services.now());
      return { ok: true as const };
    }),

  /** The card the caller left at this booth, if any. */
  myCard: signedInProcedure
    .input(exhibitorScope)
    .output(myCardSchema)
    .query(({ ctx, input }) => myCard(ctx.services.db, ctx.user.id, input.exhibitorId)),

  /** Records that the caller started a video of the booth (not counted for its own team). */
  recordVideoPlay: signedInProcedure
    .input(recordVideoPlayInput)
    .output(z.object({ recorded: z.boolean() }))
    .mutation(async ({ ctx, input }) => ({
      recorded: await recordVideoPlay(ctx.services.db, { ...input, userId: ctx.user.id }, ctx.services.now()),
    })),

  /**
   * Records how long the caller stayed at the booth, when they leave its page (also sent as a
   * beacon when the tab closes); the server caps the seconds by the time since their visit.
   */
  leave: signedInProcedure
    .input(boothLeaveInput)
    .output(z.object({ seconds: z.number() }))
    .mutation(async ({ ctx, input }) => ({
      seconds: await recordBoothLeave(
        ctx.services.db,
        ctx.user.id,
        input.exhibitorId,
        input.seconds,
        ctx.services.now(),
      ),
    })),
});
