import {
  addMeetingSlotsInput,
  addMeetingSlotsResultSchema,
  bookMeetingInput,
  exhibitorMeetingsSchema,
  freeMeetingSlotsSchema,
  meetingSlotIdInput,
  meetingSlotScope,
  meetingsOfExhibitorInput,
  myMeetingSchema,
} from "@pavilion/schema";
import { z } from "zod";
import type { Context } from "../context.ts";
import { addMeetingSlots, removeMeetingSlot } from "../services/meetings/add-slots.ts";
import { bookMeeting } from "../services/meetings/book.ts";
import { cancelMeeting } from "../services/meetings/cancel.ts";
import type { MeetingDeps } from "../services/meetings/context.ts";
import { exhibitorMeetings } from "../services/meetings/exhibitor-meetings.ts";
import { freeMeetingSlots } from "../services/meetings/free-slots.ts";
import { memberProcedure, publicProcedure, router, signedInProcedure } from "../trpc.ts";

function deps(ctx: Context): MeetingDeps {
  const { db, mailer, config, now } = ctx.services;
  return { db, mailer, now: now(), publicUrl: config.publicUrl, locale: ctx.locale };
}

/**
 * One-to-one meetings (SEEDS.md 000): the exhibitor's team offers times and sees who booked;
 * visitors see the free ones at the booth, book one and cancel it.
 */
export const meetingsRouter = router({
  /** Consecutive times on a day of the exhibition for a host on the team (the caller by default). */
  addSlots: memberProcedure
    .input(addMeetingSlotsInput)
    .output(addMeetingSlotsResultSchema)
    .mutation(({ ctx, input }) => addMeetingSlots(ctx.services.db, ctx.user, input, ctx.services.now())),

  /** Removes a free time; a booked one must be cancelled first. */
  removeSlot: memberProcedure
    .input(meetingSlotScope)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await removeMeetingSlot(ctx.services.db, input.exhibitorId, input.slotId);
      return { ok: true as const };
    }),

  /** The exhibitor's times that have not ended, with who booked each and their contacts. */
  slots: memberProcedure
    .input(meetingsOfExhibitorInput)
    .output(exhibitorMeetingsSchema)
    .query(({ ctx, input }) => exhibitorMeetings(ctx.services.db, input.exhibitorId, ctx.services.now())),

  /** The booth's free times ahead, by day (hosts by first name), and the caller's own meeting there. */
  freeSlots: publicProcedure
    .input(meetingsOfExhibitorInput)
    .output(freeMeetingSlotsSchema)
    .query(({ ctx, input }) =>
      freeMeetingSlots(ctx.services.db, ctx.user, input.exhibitorId, ctx.services.now()),
    ),

  /** Books a free time for the caller: one wins a race, at most one upcoming meeting per company. */
  book: signedInProcedure
    .input(bookMeetingInput)
    .output(myMeetingSchema)
    .mutation(({ ctx, input }) => bookMeeting(deps(ctx), ctx.user, input)),

  /** The visitor who booked, or the exhibitor's team, cancel: the time is free again, both are told. */
  cancel: signedInProcedure
    .input(meetingSlotIdInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await cancelMeeting(deps(ctx), ctx.user, input.slotId);
      return { ok: true as const };
    }),
});
