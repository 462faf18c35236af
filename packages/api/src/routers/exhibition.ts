import { exhibitionOverviewSchema, exhibitorListInput, exhibitorListSchema } from "@pavilion/schema";
import { listExhibitors } from "../services/exhibition/exhibitors.ts";
import { exhibitionOverview } from "../services/exhibition/overview.ts";
import { publicProcedure, router } from "../trpc.ts";

export const exhibitionRouter = router({
  overview: publicProcedure
    .output(exhibitionOverviewSchema)
    .query(({ ctx }) => exhibitionOverview(ctx.services.db, ctx.services.now())),

  exhibitors: publicProcedure
    .input(exhibitorListInput)
    .output(exhibitorListSchema)
    .query(({ ctx, input }) => listExhibitors(ctx.services.db, input)),
});
