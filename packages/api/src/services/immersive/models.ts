/** An exhibitor's product models. Contract stub: the models helper fills it. */
import type { Database } from "@pavilion/db";
import type { FloorBoothModel, ProductModel } from "@pavilion/schema";

/** The exhibitor's models in order (featured or not). */
export async function listModels(_db: Database, _exhibitorId: string): Promise<ProductModel[]> {
  throw new Error("not implemented yet");
}

/** The featured model of each of these exhibitors that has one, for the floor plan. */
export async function featuredModelsOf(
  _db: Database,
  _exhibitorIds: readonly string[],
): Promise<Map<string, FloorBoothModel>> {
  throw new Error("not implemented yet");
}
