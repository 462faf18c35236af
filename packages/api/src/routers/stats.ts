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
import { memberProcedure, organiserProcedure, router } from "../trpc.ts";

const notYet = (): never => {
  throw new Error("not implemented yet");
};

/** Exhibitors' statistics and organisers' analytics (issue 7), read from precomputed counters. */
export const statsRouter = router({
  exhibitor: memberProcedure.input(exhibitorStatsInput).output(exhibitorStatsSchema).query(notYet),
  organiser: organiserProcedure.input(organiserDashboardInput).output(organiserDashboardSchema).query(notYet),
  floorHeat: organiserProcedure.input(floorHeatInput).output(floorHeatSchema).query(notYet),
  warmthSettings: organiserProcedure
    .input(z.object({ exhibitionId: z.string().uuid().optional() }))
    .output(warmthSettingsSchema)
    .query(notYet),
  setWarmthSettings: organiserProcedure
    .input(setWarmthSettingsInput)
    .output(warmthSettingsSchema)
    .mutation(notYet),
});
