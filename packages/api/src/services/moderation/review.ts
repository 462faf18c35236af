/** One exhibitor's changes as an organiser reviews them. */
import type { Database } from "@pavilion/db";
import type { ModerationReview } from "@pavilion/schema";
import { liveBoothPage } from "../booth/page.ts";
import { draftView } from "../cabinet/draft.ts";
import { cabinetMaterials } from "../cabinet/material-rows.ts";
import { draftPreview } from "../cabinet/preview.ts";

/** The draft, the booth visitors see now, the booth as approval would make it, the materials waiting. */
export async function moderationReview(
  db: Database,
  exhibitorId: string,
  now: Date,
): Promise<ModerationReview> {
  const draft = await draftView(db, exhibitorId);
  const [live, preview, pendingMaterials] = await Promise.all([
    liveBoothPage(db, exhibitorId, now),
    draftPreview(db, exhibitorId, now),
    cabinetMaterials(db, exhibitorId, { pendingOnly: true }),
  ]);
  return { exhibitorId, draft, live, preview, pendingMaterials };
}
