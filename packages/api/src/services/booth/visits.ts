/** Visits to booths: each one is a row of the activity table, which leads and analytics read. */
import { type Database, groupCommit } from "@pavilion/db";
import { approvedExhibitorCached } from "./approved-cache.ts";

/** Where the visitor came to the booth from. */
export type BoothVisitSource = "floor" | "plan" | "search" | "list" | "link";

/** Records that a signed-in person entered an approved exhibitor's booth; NotFoundError for any other. */
export async function recordBoothVisit(
  db: Database,
  userId: string,
  exhibitorId: string,
  source: BoothVisitSource,
  now: Date,
): Promise<void> {
  const exhibitor = await approvedExhibitorCached(db, exhibitorId);
  // Visits come in thousands a second at a busy fair: they share commits (group commit).
  await groupCommit(db).run((trx) =>
    trx
      .insertInto("activity")
      .values({
        occurred_at: now.toISOString(),
        user_id: userId,
        exhibition_id: exhibitor.exhibition_id,
        exhibitor_id: exhibitor.id,
        event_id: null,
        material_id: null,
        kind: "booth.visit",
        data: JSON.stringify({ source }),
      })
      .execute(),
  );
}
