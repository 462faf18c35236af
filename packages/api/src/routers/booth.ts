import { boothPageInput, boothPageSchema } from "@pavilion/schema";
import { boothPage } from "../services/booth/page.ts";
import { publicProcedure, router } from "../trpc.ts";

export const boothRouter = router({
  /** An approved exhibitor's booth page (drafts only for its own staff and organisers). */
  page: publicProcedure
    .input(boothPageInput)
    .output(boothPageSchema)
    .query(({ ctx, input }) => boothPage(ctx.services.db, input.exhibitorId, ctx.user, ctx.services.now())),
});
