/** Which exhibition organisers' analytics describe: the one named, or the one this deployment runs. */
import type { Database } from "@pavilion/db";
import { NotFoundError } from "../../errors.ts";
import { currentExhibition } from "../exhibition/overview.ts";

export interface StatsExhibition {
  id: string;
  starts_on: string;
  ends_on: string;
  timezone: string;
}

/** The named exhibition (NotFoundError when there is none), else the current one. */
export async function statsExhibition(db: Database, exhibitionId?: string): Promise<StatsExhibition> {
  if (exhibitionId === undefined) return currentExhibition(db);
  const exhibition = await db
    .selectFrom("exhibitions")
    .select(["id", "starts_on", "ends_on", "timezone"])
    .where("id", "=", exhibitionId)
    .executeTakeFirst();
  if (!exhibition) throw new NotFoundError("exhibition");
  return exhibition;
}
