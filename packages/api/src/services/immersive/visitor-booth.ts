/** What a booth page shows beyond the flat page: the company's 3D models and its 360° tour. */
import type { Database } from "@pavilion/db";
import type { BoothImmersive, SessionUser } from "@pavilion/schema";
import { NotFoundError } from "../../errors.ts";
import { mayPreview } from "../booth/page.ts";
import { listModels } from "./models.ts";
import { publicTourOf } from "./tours.ts";

/**
 * The models and tour of an approved exhibitor's booth, or of any exhibitor for the people who
 * may preview its booth (its own team and organisers, as for the booth page); NotFoundError else.
 * The tour is the visitors' one (no hotspot to a hidden material), as the booth page shows only
 * approved materials to everyone.
 */
export async function boothImmersive(
  db: Database,
  exhibitorId: string,
  viewer: SessionUser | null,
): Promise<BoothImmersive> {
  const exhibitor = await db
    .selectFrom("exhibitors")
    .select(["id", "status"])
    .where("id", "=", exhibitorId)
    .executeTakeFirst();
  if (!exhibitor || (exhibitor.status !== "approved" && !mayPreview(viewer, exhibitorId))) {
    throw new NotFoundError("booth");
  }
  const [models, tour] = await Promise.all([listModels(db, exhibitor.id), publicTourOf(db, exhibitor.id)]);
  return { models, tour };
}
