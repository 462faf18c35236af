import { router } from "../trpc.ts";
import { immersiveModelProcedures } from "./immersive-models.ts";
import { immersiveTourProcedures } from "./immersive-tours.ts";
import { immersiveVisitorProcedures } from "./immersive-visitors.ts";

/**
 * Immersive booths (issue 8): the cabinet's 3D product models and 360° tour (members of the
 * exhibitor), and what visitors see and do with them on the booth page.
 */
export const immersiveRouter = router({
  ...immersiveModelProcedures,
  ...immersiveTourProcedures,
  ...immersiveVisitorProcedures,
});
