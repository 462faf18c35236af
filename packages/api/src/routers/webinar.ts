import {
  attachRecordingInput,
  exhibitorWebinarsInput,
  exhibitorWebinarsSchema,
  recordingsInput,
  recordingsSchema,
  stageInput,
  viewersSchema,
  webinarInput,
  webinarSchema,
} from "@pavilion/schema";
import { endWebinar } from "../services/webinar/end.ts";
import { exhibitorWebinars } from "../services/webinar/exhibitor-webinars.ts";
import { attachRecording, startRecording, stopRecording } from "../services/webinar/recording.ts";
import { recordingsFor } from "../services/webinar/recordings.ts";
import { inviteToStage, removeFromStage } from "../services/webinar/stage.ts";
import { webinarState } from "../services/webinar/state.ts";
import { viewersOf } from "../services/webinar/viewers.ts";
import { memberProcedure, publicProcedure, router, signedInProcedure } from "../trpc.ts";

/** Webinars as they happen: state, viewers, the stage, ending, recordings. */
export const webinarRouter = router({
  /** The event's phase, host, branding and what the caller may do; anyone who may know of the event. */
  state: publicProcedure
    .input(webinarInput)
    .output(webinarSchema)
    .query(({ ctx, input }) => webinarState(ctx.services, ctx.user, input.eventId)),

  /** Who is in the room now. Hosts and organisers. */
  viewers: signedInProcedure
    .input(webinarInput)
    .output(viewersSchema)
    .query(({ ctx, input }) => viewersOf(ctx.services, ctx.user, input.eventId)),

  /** Lets a viewer in the room publish camera and microphone; answers the viewers. Hosts and organisers. */
  inviteToStage: signedInProcedure
    .input(stageInput)
    .output(viewersSchema)
    .mutation(async ({ ctx, input }) => {
      await inviteToStage(ctx.services, ctx.user, input);
      return viewersOf(ctx.services, ctx.user, input.eventId);
    }),

  /** Sends a viewer back from the stage (their tracks end); answers the viewers. Hosts and organisers. */
  removeFromStage: signedInProcedure
    .input(stageInput)
    .output(viewersSchema)
    .mutation(async ({ ctx, input }) => {
      await removeFromStage(ctx.services, ctx.user, input);
      return viewersOf(ctx.services, ctx.user, input.eventId);
    }),

  /** Ends the webinar for everyone and closes its room (again: no change); answers the state. Hosts and organisers. */
  end: signedInProcedure
    .input(webinarInput)
    .output(webinarSchema)
    .mutation(async ({ ctx, input }) => {
      await endWebinar(ctx.services, ctx.user, input.eventId);
      return webinarState(ctx.services, ctx.user, input.eventId);
    }),

  /** Makes a finished upload (a video) the event's recording; answers the state. Hosts. */
  attachRecording: signedInProcedure
    .input(attachRecordingInput)
    .output(webinarSchema)
    .mutation(async ({ ctx, input }) => {
      await attachRecording(ctx.services, ctx.user, input);
      return webinarState(ctx.services, ctx.user, input.eventId);
    }),

  /** Starts recording the room with LiveKit Egress, when configured; answers the state. Hosts. */
  startRecording: signedInProcedure
    .input(webinarInput)
    .output(webinarSchema)
    .mutation(async ({ ctx, input }) => {
      await startRecording(ctx.services, ctx.user, input.eventId);
      return webinarState(ctx.services, ctx.user, input.eventId);
    }),

  /** Stops the Egress recording in progress; answers the state. Hosts. */
  stopRecording: signedInProcedure
    .input(webinarInput)
    .output(webinarSchema)
    .mutation(async ({ ctx, input }) => {
      await stopRecording(ctx.services, ctx.user, input.eventId);
      return webinarState(ctx.services, ctx.user, input.eventId);
    }),

  /** The recordings library: what the caller may watch, of everyone or one exhibitor. */
  recordings: publicProcedure
    .input(recordingsInput)
    .output(recordingsSchema)
    .query(async ({ ctx, input }) => ({ items: await recordingsFor(ctx.services, ctx.user, input) })),

  /** The exhibitor's webinars with their phase and recording, for its cabinet. Its team. */
  exhibitorWebinars: memberProcedure
    .input(exhibitorWebinarsInput)
    .output(exhibitorWebinarsSchema)
    .query(async ({ ctx, input }) => ({ items: await exhibitorWebinars(ctx.services, input.exhibitorId) })),
});
