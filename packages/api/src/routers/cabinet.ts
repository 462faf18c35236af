import {
  attachUploadInput,
  boothActivitySchema,
  boothPageSchema,
  cabinetOverviewSchema,
  createExhibitorInput,
  draftSchema,
  exhibitorScope,
  myExhibitorsSchema,
  saveProfileInput,
} from "@pavilion/schema";
import { z } from "zod";
import { boothActivity } from "../services/cabinet/activity.ts";
import { clearDraftVideo, setDraftLogo, setDraftVideo } from "../services/cabinet/attachments.ts";
import { draftView } from "../services/cabinet/draft.ts";
import { createExhibitor, myExhibitors } from "../services/cabinet/exhibitors.ts";
import { cabinetOverview } from "../services/cabinet/overview.ts";
import { draftPreview } from "../services/cabinet/preview.ts";
import { saveProfile, submitDraft } from "../services/cabinet/profile.ts";
import { memberProcedure, router, signedInProcedure } from "../trpc.ts";
import { cabinetMaterialProcedures } from "./cabinet-materials.ts";
import { cabinetTeamProcedures } from "./cabinet-team.ts";

/** The exhibitor's cabinet: its profile and booth (as a draft under moderation), materials, team, activity. */
export const cabinetRouter = router({
  /** The companies the caller is on the team of. */
  mine: signedInProcedure
    .output(myExhibitorsSchema)
    .query(({ ctx }) => myExhibitors(ctx.services.db, ctx.user.id)),

  /** Applies to exhibit: a new company in draft on a floor, with the caller as its owner. */
  createExhibitor: signedInProcedure
    .input(createExhibitorInput)
    .output(z.object({ exhibitorId: z.string() }))
    .mutation(async ({ ctx, input }) => ({
      exhibitorId: await createExhibitor(ctx.services.db, ctx.user.id, input, ctx.services.now()),
    })),

  overview: memberProcedure
    .input(exhibitorScope)
    .output(cabinetOverviewSchema)
    .query(({ ctx, input }) => cabinetOverview(ctx.services, input.exhibitorId, ctx.membership.role)),

  /** Saves the profile into the draft; visitors see it once an organiser approves it. */
  saveProfile: memberProcedure
    .input(saveProfileInput)
    .output(draftSchema)
    .mutation(async ({ ctx, input }) => {
      await saveProfile(ctx.services.db, input.exhibitorId, input.profile, ctx.services.now());
      return draftView(ctx.services.db, input.exhibitorId);
    }),

  /** Makes a finished upload (an image) the draft's logo. */
  setLogo: memberProcedure
    .input(attachUploadInput)
    .output(draftSchema)
    .mutation(async ({ ctx, input }) => {
      await setDraftLogo(ctx.services, { ...input, userId: ctx.user.id });
      return draftView(ctx.services.db, input.exhibitorId);
    }),

  /** Makes a finished upload (a video) the draft's video presentation. */
  setVideo: memberProcedure
    .input(attachUploadInput)
    .output(draftSchema)
    .mutation(async ({ ctx, input }) => {
      await setDraftVideo(ctx.services, { ...input, userId: ctx.user.id });
      return draftView(ctx.services.db, input.exhibitorId);
    }),

  clearVideo: memberProcedure
    .input(exhibitorScope)
    .output(draftSchema)
    .mutation(async ({ ctx, input }) => {
      await clearDraftVideo(ctx.services, input.exhibitorId);
      return draftView(ctx.services.db, input.exhibitorId);
    }),

  /** Sends the draft and the materials waiting for approval to the organisers. */
  submit: memberProcedure
    .input(exhibitorScope)
    .output(draftSchema)
    .mutation(async ({ ctx, input }) => {
      await submitDraft(ctx.services.db, input.exhibitorId, ctx.services.now());
      return draftView(ctx.services.db, input.exhibitorId);
    }),

  /** The booth page as approval would make it (the draft and published materials, approved or not). */
  preview: memberProcedure
    .input(exhibitorScope)
    .output(boothPageSchema)
    .query(({ ctx, input }) => draftPreview(ctx.services.db, input.exhibitorId, ctx.services.now())),

  /** What visitors did at the booth lately, and the contact cards they left. */
  activity: memberProcedure
    .input(exhibitorScope)
    .output(boothActivitySchema)
    .query(({ ctx, input }) => boothActivity(ctx.services.db, input.exhibitorId)),

  ...cabinetMaterialProcedures,
  ...cabinetTeamProcedures,
});
