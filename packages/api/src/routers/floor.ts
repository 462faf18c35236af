import { floorPlanInput, floorPlanSchema, moveBoothInput, resizeBoothInput } from "@pavilion/schema";
import { moveFloorBooth, resizeFloorBooth } from "../services/floor/edit.ts";
import { floorPlan, floorPlanById } from "../services/floor/plan.ts";
import { organiserProcedure, publicProcedure, router } from "../trpc.ts";

export const floorRouter = router({
  /** A floor with its booths, alleys and logo atlas, for the 3D view and the 2D plan. */
  plan: publicProcedure
    .input(floorPlanInput)
    .output(floorPlanSchema)
    .query(({ ctx, input }) => floorPlan(ctx.services.db, input.slug, ctx.services.now())),

  /** Pins a booth where the organiser put it (no other booth moves); answers the floor as it now stands. */
  moveBooth: organiserProcedure
    .input(moveBoothInput)
    .output(floorPlanSchema)
    .mutation(async ({ ctx, input }) => {
      const { db, now } = ctx.services;
      const floorId = await moveFloorBooth(db, input.exhibitorId, { x: input.x, z: input.z }, now());
      return floorPlanById(db, floorId, now());
    }),

  /** Gives a booth another size, where it stands or at a new place; answers the floor as it now stands. */
  resizeBooth: organiserProcedure
    .input(resizeBoothInput)
    .output(floorPlanSchema)
    .mutation(async ({ ctx, input }) => {
      const { db, now } = ctx.services;
      const floorId = await resizeFloorBooth(db, input.exhibitorId, input.size, input.at, now());
      return floorPlanById(db, floorId, now());
    }),
});
