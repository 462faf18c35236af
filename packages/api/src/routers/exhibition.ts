import {
  exhibitionOverviewSchema,
  exhibitorListInput,
  exhibitorListSchema,
  searchInput,
  searchResultSchema,
} from "@pavilion/schema";
import { listExhibitors } from "../services/exhibition/exhibitors.ts";
import { exhibitionOverview } from "../services/exhibition/overview.ts";
import { searchExhibitors } from "../services/search/search.ts";
import { publicProcedure, router } from "../trpc.ts";

export const exhibitionRouter = router({
  overview: publicProcedure
    .output(exhibitionOverviewSchema)
    .query(({ ctx }) => exhibitionOverview(ctx.services.db, ctx.services.now())),

  exhibitors: publicProcedure
    .input(exhibitorListInput)
    .output(exhibitorListSchema)
    .query(({ ctx, input }) => listExhibitors(ctx.services.db, input)),

  /** Approved exhibitors whose names, descriptions or tags start words with the query's words. */
  search: publicProcedure
    .input(searchInput)
    .output(searchResultSchema)
    .query(({ ctx, input }) => searchExhibitors(ctx.services.db, input.query, input.limit)),
});
