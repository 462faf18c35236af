import {
  exhibitorStatsInput,
  exhibitorStatsSchema,
  floorHeatInput,
  floorHeatSchema,
  organiserDashboardInput,
  organiserDashboardSchema,
  setWarmthSettingsInput,
  warmthSettingsSchema,
} from "@pavilion/schema";
import { z } from "zod";
import { saveWarmthSettings } from "../services/leads/settings.ts";
import { statsExhibition } from "../services/stats/exhibition.ts";
import { exhibitorStats } from "../services/stats/exhibitor.ts";
import { floorHeat } from "../services/stats/floor-heat.ts";
import { organiserDashboard } from "../services/stats/organiser.ts";
import { warmthSettingsOf } from "../services/stats/warmth-settings.ts";
import { memberProcedure, organiserProcedure, router } from "../trpc.ts";

/** Exhibitors' statistics and organisers' analytics (issue 7), read from precomputed counters. */
export const statsRouter = router({
  /** The exhibitor's booth figures, materials and webinars for a period; its team only. */
  exhibitor: memberProcedure
    .input(exhibitorStatsInput)
    .output(exhibitorStatsSchema)
    .query(({ ctx, input }) => exhibitorStats(ctx.services.db, input.exhibitorId, input, ctx.services.now())),

  /** The whole exhibition's figures for a period. */
  organiser: organiserProcedure
    .input(organiserDashboardInput)
    .output(organiserDashboardSchema)
    .query(({ ctx, input }) => organiserDashboard(ctx.services.db, input, ctx.services.now())),

  /** Visits of every booth on a floor, for the heat map. */
  floorHeat: organiserProcedure
    .input(floorHeatInput)
    .output(floorHeatSchema)
    .query(({ ctx, input }) => floorHeat(ctx.services.db, input, ctx.services.now())),

  /** The exhibition's warmth weights and half-life. */
  warmthSettings: organiserProcedure
    .input(z.object({ exhibitionId: z.string().uuid().optional() }))
    .output(warmthSettingsSchema)
    .query(({ ctx, input }) => warmthSettingsOf(ctx.services.db, input.exhibitionId)),

  /** Sets the exhibition's warmth weights and half-life; leads are scored by them from now on. */
  setWarmthSettings: organiserProcedure
    .input(setWarmthSettingsInput)
    .output(warmthSettingsSchema)
    .mutation(async ({ ctx, input }) => {
      const { exhibitionId, ...settings } = input;
      const exhibition = await statsExhibition(ctx.services.db, exhibitionId);
      await saveWarmthSettings(ctx.services.db, exhibition.id, settings, ctx.user.id, ctx.services.now());
      return warmthSettingsOf(ctx.services.db, exhibition.id);
    }),
});
