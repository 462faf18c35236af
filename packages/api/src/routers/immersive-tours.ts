/**
 * The cabinet's 360° tour procedures (part of the immersive router). The builder checks the caller
 * is a member of `input.exhibitorId`; every service scopes panorama and hotspot ids to that
 * exhibitor, so another exhibitor's ids are notFound.
 */
import {
  addHotspotInput,
  addPanoramaInput,
  exhibitorScope,
  hotspotScope,
  panoramaScope,
  reorderPanoramasInput,
  tourSchema,
  updateHotspotInput,
  updatePanoramaInput,
} from "@pavilion/schema";
import { removePanorama, reorderPanoramas, updatePanorama } from "../services/immersive/panorama-edits.ts";
import { addHotspot, removeHotspot, updateHotspot } from "../services/immersive/tour-hotspots.ts";
import { tourOf } from "../services/immersive/tours.ts";
import { memberProcedure } from "../trpc.ts";
import { addUploadedPanorama } from "../uploads/panoramas/index.ts";

export const immersiveTourProcedures = {
  /** The exhibitor's tour: panoramas in order with their hotspots. */
  tour: memberProcedure
    .input(exhibitorScope)
    .output(tourSchema)
    .query(({ ctx, input }) => tourOf(ctx.services.db, input.exhibitorId)),

  /** Checks a finished JPEG/WebP upload is 2:1, keeps it at several widths; answers the tour. */
  addPanorama: memberProcedure
    .input(addPanoramaInput)
    .output(tourSchema)
    .mutation(async ({ ctx, input }) => {
      const { exhibitorId, uploadId, title } = input;
      await addUploadedPanorama(ctx.services, { exhibitorId, uploadId, title, userId: ctx.user.id });
      return tourOf(ctx.services.db, exhibitorId);
    }),

  /** Changes a panorama's title and where its view starts; answers the tour. */
  updatePanorama: memberProcedure
    .input(updatePanoramaInput)
    .output(tourSchema)
    .mutation(async ({ ctx, input }) => {
      const { exhibitorId, panoramaId, title, initialYaw } = input;
      await updatePanorama(
        ctx.services.db,
        exhibitorId,
        panoramaId,
        { title, initialYaw },
        ctx.services.now(),
      );
      return tourOf(ctx.services.db, exhibitorId);
    }),

  /** Orders the panoramas as given (each exactly once; the first starts the tour); answers the tour. */
  reorderPanoramas: memberProcedure
    .input(reorderPanoramasInput)
    .output(tourSchema)
    .mutation(async ({ ctx, input }) => {
      await reorderPanoramas(ctx.services.db, input.exhibitorId, input.panoramaIds, ctx.services.now());
      return tourOf(ctx.services.db, input.exhibitorId);
    }),

  /** Removes a panorama, its hotspots and those leading to it, freeing its storage; answers the tour. */
  removePanorama: memberProcedure
    .input(panoramaScope)
    .output(tourSchema)
    .mutation(async ({ ctx, input }) => {
      await removePanorama(ctx.services.db, input.exhibitorId, input.panoramaId);
      return tourOf(ctx.services.db, input.exhibitorId);
    }),

  /** Adds a hotspot leading to another panorama, opening a material or showing a caption. */
  addHotspot: memberProcedure
    .input(addHotspotInput)
    .output(tourSchema)
    .mutation(async ({ ctx, input }) => {
      const { exhibitorId, panoramaId, hotspot } = input;
      await addHotspot(ctx.services.db, exhibitorId, panoramaId, hotspot, ctx.services.now());
      return tourOf(ctx.services.db, exhibitorId);
    }),

  updateHotspot: memberProcedure
    .input(updateHotspotInput)
    .output(tourSchema)
    .mutation(async ({ ctx, input }) => {
      await updateHotspot(ctx.services.db, input.exhibitorId, input.hotspotId, input.hotspot);
      return tourOf(ctx.services.db, input.exhibitorId);
    }),

  removeHotspot: memberProcedure
    .input(hotspotScope)
    .output(tourSchema)
    .mutation(async ({ ctx, input }) => {
      await removeHotspot(ctx.services.db, input.exhibitorId, input.hotspotId);
      return tourOf(ctx.services.db, input.exhibitorId);
    }),
};
