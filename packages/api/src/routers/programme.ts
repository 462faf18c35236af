import {
  eventPageInput,
  eventPageSchema,
  myAgendaSchema,
  scheduleInput,
  scheduleSchema,
} from "@pavilion/schema";
import { z } from "zod";
import { publicProcedure, router, signedInProcedure } from "../trpc.ts";

const notYet = (): never => {
  throw new Error("not implemented yet");
};

/** The programme for visitors: the schedule, an event's page, my agenda and my calendar feed. */
export const programmeRouter = router({
  /** Approved (and cancelled, marked) events by day, stream, format, kind and search. */
  schedule: publicProcedure.input(scheduleInput).output(scheduleSchema).query(notYet),

  /** One event's page: agenda, speakers, links to its .ics and its live page. */
  event: publicProcedure.input(eventPageInput).output(eventPageSchema).query(notYet),

  /** What the caller registered for, soonest first, and their calendar feed URL. */
  myAgenda: signedInProcedure.output(myAgendaSchema).query(notYet),

  /** Creates (or with rotate: replaces, so the old URL stops working) the caller's calendar feed URL. */
  calendarFeed: signedInProcedure
    .input(z.object({ rotate: z.boolean().default(false) }))
    .output(z.object({ url: z.string() }))
    .mutation(notYet),
});
