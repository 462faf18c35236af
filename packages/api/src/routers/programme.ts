import {
  eventPageInput,
  eventPageSchema,
  myAgendaSchema,
  scheduleInput,
  scheduleSchema,
} from "@pavilion/schema";
import { z } from "zod";
import { eventPage } from "../services/programme/event-page.ts";
import { ensureCalendarFeed, myAgenda } from "../services/programme/my-agenda.ts";
import { programmeSchedule } from "../services/programme/schedule.ts";
import { publicProcedure, router, signedInProcedure } from "../trpc.ts";

/** The programme for visitors: the schedule, an event's page, my agenda and my calendar feed. */
export const programmeRouter = router({
  /** Approved (and cancelled, marked) events by day, stream, format, kind and search. */
  schedule: publicProcedure
    .input(scheduleInput)
    .output(scheduleSchema)
    .query(({ ctx, input }) => programmeSchedule(ctx.services.db, ctx.user, input)),

  /** One event's page: agenda, speakers, links to its .ics and its live page. */
  event: publicProcedure
    .input(eventPageInput)
    .output(eventPageSchema)
    .query(({ ctx, input }) => eventPage(ctx.services.db, ctx.user, input.eventId)),

  /** What the caller registered for, soonest first, and their calendar feed URL. */
  myAgenda: signedInProcedure
    .output(myAgendaSchema)
    .query(({ ctx }) => myAgenda(ctx.services.db, ctx.user, ctx.services.config.publicUrl)),

  /** Creates (or with rotate: replaces, so the old URL stops working) the caller's calendar feed URL. */
  calendarFeed: signedInProcedure
    .input(z.object({ rotate: z.boolean().default(false) }))
    .output(z.object({ url: z.string() }))
    .mutation(({ ctx, input }) =>
      ensureCalendarFeed(ctx.services.db, ctx.user.id, ctx.services.config.publicUrl, input.rotate),
    ),
});
