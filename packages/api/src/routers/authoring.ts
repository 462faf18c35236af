import type { SessionUser } from "@pavilion/schema";
import {
  authoredEventSchema,
  authoredSpeakerSchema,
  authoringEventIdInput,
  authoringScopeInput,
  cancelEventInput,
  cancelResultSchema,
  decisionResultSchema,
  editableEventSchema,
  reviewEntrySchema,
  saveEventInput,
  saveSpeakerInput,
  sendBackInput,
  setSpeakerPhotoInput,
  speakerIdInput,
  speakerPhotoSchema,
} from "@pavilion/schema";
import { z } from "zod";
import type { Context } from "../context.ts";
import { assertMayAuthorFor, openAuthoredEvent } from "../services/authoring/access.ts";
import { cancelEvent } from "../services/authoring/cancel.ts";
import { approveEvent, type DecisionDeps, sendBack } from "../services/authoring/decide.ts";
import { reviewQueue } from "../services/authoring/review.ts";
import { saveEvent } from "../services/authoring/save.ts";
import { setSpeakerPhoto } from "../services/authoring/speaker-photo.ts";
import { deleteSpeaker, listSpeakers, saveSpeaker } from "../services/authoring/speakers.ts";
import { discardRevision, submitEvent } from "../services/authoring/submit.ts";
import { authoredEvents, editableEvent } from "../services/authoring/view.ts";
import { organiserProcedure, router, signedInProcedure } from "../trpc.ts";

const ok = z.object({ ok: z.literal(true) });

/** The event as its author edits it now. */
async function editable(ctx: Context & { user: SessionUser }, eventId: string) {
  const { db, now } = ctx.services;
  return editableEvent(db, await openAuthoredEvent(db, ctx.user, eventId), now());
}

function decisionDeps(ctx: Context & { user: SessionUser }): DecisionDeps {
  const { db, mailer, now, config } = ctx.services;
  return { db, mailer, now: now(), publicUrl: config.publicUrl, organiserId: ctx.user.id };
}

/**
 * Writing events (SEEDS.md 000, 001): speakers, webinars and programme sessions with their timed
 * agenda, and the way to approval. A company's team writes for its company (`exhibitorId`);
 * organisers write the programme (no `exhibitorId`), may edit anything, and decide.
 */
export const authoringRouter = router({
  /** The company's speakers, or the programme's (organisers) when no exhibitorId is given. */
  speakers: signedInProcedure
    .input(authoringScopeInput)
    .output(z.array(authoredSpeakerSchema))
    .query(({ ctx, input }) => {
      const exhibitorId = input.exhibitorId ?? null;
      assertMayAuthorFor(ctx.user, exhibitorId);
      return listSpeakers(ctx.services, exhibitorId);
    }),

  /** Creates (no speakerId) or changes a speaker. */
  saveSpeaker: signedInProcedure
    .input(saveSpeakerInput)
    .output(authoredSpeakerSchema)
    .mutation(({ ctx, input }) => saveSpeaker(ctx.services, ctx.user, input)),

  /** Refused (authoring.speakerInUse, naming the events) while an approved or submitted event lists them. */
  deleteSpeaker: signedInProcedure
    .input(speakerIdInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await deleteSpeaker(ctx.services, ctx.user, input.speakerId);
      return { ok: true as const };
    }),

  /** Makes a finished image upload the speaker's portrait (re-encoded), or removes it (null). */
  setSpeakerPhoto: signedInProcedure
    .input(setSpeakerPhotoInput)
    .output(speakerPhotoSchema)
    .mutation(({ ctx, input }) => setSpeakerPhoto(ctx.services, ctx.user, input)),

  /** The company's events, or the programme's (organisers), with where each stands. */
  events: signedInProcedure
    .input(authoringScopeInput)
    .output(z.array(authoredEventSchema))
    .query(({ ctx, input }) => {
      const exhibitorId = input.exhibitorId ?? null;
      assertMayAuthorFor(ctx.user, exhibitorId);
      return authoredEvents(ctx.services.db, exhibitorId);
    }),

  /** The editable version: the pending revision if there is one, else the event. */
  event: signedInProcedure
    .input(authoringEventIdInput)
    .output(editableEventSchema)
    .query(({ ctx, input }) => editable(ctx, input.eventId)),

  /** Creates (no eventId) or changes an event; an approved one's change becomes a revision. */
  saveEvent: signedInProcedure
    .input(saveEventInput)
    .output(editableEventSchema)
    .mutation(async ({ ctx, input }) => {
      const eventId = await saveEvent(ctx.services.db, ctx.user, input, ctx.services.now());
      return editable(ctx, eventId);
    }),

  /** Sends the draft, or the approved event's change, to the organisers. */
  submit: signedInProcedure
    .input(authoringEventIdInput)
    .output(editableEventSchema)
    .mutation(async ({ ctx, input }) => {
      await submitEvent(ctx.services.db, ctx.user, input.eventId, ctx.services.now());
      return editable(ctx, input.eventId);
    }),

  /** Drops the approved event's pending change; the public version stays. */
  discardRevision: signedInProcedure
    .input(authoringEventIdInput)
    .output(editableEventSchema)
    .mutation(async ({ ctx, input }) => {
      await discardRevision(ctx.services.db, ctx.user, input.eventId);
      return editable(ctx, input.eventId);
    }),

  /** Cancels the event; its registrants are written to with the reason and their reminders stop. */
  cancelEvent: signedInProcedure
    .input(cancelEventInput)
    .output(cancelResultSchema)
    .mutation(async ({ ctx, input }) => {
      const { db, now, config } = ctx.services;
      const deps = { db, now: now(), publicUrl: config.publicUrl };
      const notified = await cancelEvent(deps, ctx.user, input.eventId, input.reason);
      return { event: await editable(ctx, input.eventId), notified };
    }),

  /** New events and changes of approved ones waiting for a decision, oldest first, with a diff. */
  reviewQueue: organiserProcedure
    .output(z.array(reviewEntrySchema))
    .query(({ ctx }) => reviewQueue(ctx.services.db, ctx.locale)),

  /** Approves the submitted event or change (a moved event's registrants are told). */
  approve: organiserProcedure
    .input(authoringEventIdInput)
    .output(decisionResultSchema)
    .mutation(({ ctx, input }) => approveEvent(decisionDeps(ctx), input.eventId)),

  /** Sends the submitted event or change back with a note; the public version stays. */
  sendBack: organiserProcedure
    .input(sendBackInput)
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await sendBack(decisionDeps(ctx), input.eventId, input.note);
      return { ok: true as const };
    }),
});
