import { bookmarkInput, bookmarksSchema, boothVisitInput } from "@pavilion/schema";
import { z } from "zod";
import { addBookmark, listBookmarks, removeBookmark } from "../services/booth/bookmarks.ts";
import { recordBoothVisit } from "../services/booth/visits.ts";
import { router, signedInProcedure } from "../trpc.ts";

export const visitorRouter = router({
  /** The signed-in visitor's bookmarks, in the order they were added ("my route"). */
  bookmarks: signedInProcedure
    .output(bookmarksSchema)
    .query(({ ctx }) => listBookmarks(ctx.services.db, ctx.user.id)),

  /** Bookmarks an exhibitor (again: no change); answers the bookmarks. */
  addBookmark: signedInProcedure
    .input(bookmarkInput)
    .output(bookmarksSchema)
    .mutation(async ({ ctx, input }) => {
      await addBookmark(ctx.services.db, ctx.user.id, input.exhibitorId, ctx.services.now());
      return listBookmarks(ctx.services.db, ctx.user.id);
    }),

  /** Removes a bookmark (a missing one: no change); answers the bookmarks. */
  removeBookmark: signedInProcedure
    .input(bookmarkInput)
    .output(bookmarksSchema)
    .mutation(async ({ ctx, input }) => {
      await removeBookmark(ctx.services.db, ctx.user.id, input.exhibitorId);
      return listBookmarks(ctx.services.db, ctx.user.id);
    }),

  /** Records that the visitor entered a booth, for the exhibitor's leads. */
  recordBoothVisit: signedInProcedure
    .input(boothVisitInput)
    .output(z.void())
    .mutation(({ ctx, input }) =>
      recordBoothVisit(ctx.services.db, ctx.user.id, input.exhibitorId, input.source, ctx.services.now()),
    ),
});
