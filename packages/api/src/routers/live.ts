import { boothTokenInput, eventTokenInput, liveTokenSchema } from "@pavilion/schema";
import { boothToken, eventToken } from "../services/live/tokens.ts";
import { publicProcedure, router, signedInProcedure } from "../trpc.ts";

export const liveRouter = router({
  /** A short-lived token for the booth's LiveKit room: staff publish, visitors and organisers watch. */
  boothToken: signedInProcedure
    .input(boothTokenInput)
    .output(liveTokenSchema)
    .query(({ ctx, input }) =>
      boothToken(ctx.services.db, ctx.services.livekit, ctx.user, input.exhibitorId),
    ),

  /**
   * A short-lived token for the event's room, as far as the event's access rule lets the caller in
   * (signed-out callers only into events open to everyone); hosts publish, a viewer on stage
   * publishes camera and microphone; nobody gets one once the webinar ended.
   */
  eventToken: publicProcedure
    .input(eventTokenInput)
    .output(liveTokenSchema)
    .query(({ ctx, input }) => eventToken(ctx.services.db, ctx.services.livekit, ctx.user, input.eventId)),
});
