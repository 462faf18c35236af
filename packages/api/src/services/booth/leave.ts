/**
 * Time at the booth: when a visitor leaves a booth page the browser says how long it stayed, and
 * a "booth.left" row keeps the seconds, which warm the lead and add up to the booth's time in the
 * statistics. The browser is not trusted: the seconds are capped by the time since the visitor's
 * latest visit to that booth (less what was already recorded since), and by four hours.
 */
import { type Database, groupCommit } from "@pavilion/db";
import { numberIn } from "../leads/warmth.ts";
import { approvedExhibitorCached } from "./approved-cache.ts";

/** The longest stay one leave may record. */
export const MAX_BOOTH_STAY_SECONDS = 4 * 60 * 60;

/**
 * Records that a signed-in person left an approved exhibitor's booth after `claimedSeconds`;
 * answers the seconds recorded (0, and nothing recorded, without an earlier visit or time left).
 */
export async function recordBoothLeave(
  db: Database,
  userId: string,
  exhibitorId: string,
  claimedSeconds: number,
  now: Date,
): Promise<number> {
  const exhibitor = await approvedExhibitorCached(db, exhibitorId);
  // Read and written in one piece of the group commit, so two leaves at once cannot both
  // claim the same stay on SQLite (the pieces run one after another).
  return groupCommit(db).run(async (trx) => {
    const visit = await trx
      .selectFrom("activity")
      .select(["id", "occurred_at"])
      .where("user_id", "=", userId)
      .where("exhibitor_id", "=", exhibitor.id)
      .where("kind", "=", "booth.visit")
      .orderBy("occurred_at", "desc")
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirst();
    if (!visit) return 0;
    const earlier = await trx
      .selectFrom("activity")
      .select("data")
      .where("user_id", "=", userId)
      .where("exhibitor_id", "=", exhibitor.id)
      .where("kind", "=", "booth.left")
      .where("id", ">", visit.id)
      .execute();
    const recorded = earlier.reduce((sum, row) => sum + numberIn(row.data, "seconds"), 0);
    const elapsed = (now.getTime() - Date.parse(visit.occurred_at)) / 1000;
    const seconds = Math.floor(Math.min(claimedSeconds, elapsed - recorded, MAX_BOOTH_STAY_SECONDS));
    if (!(seconds > 0)) return 0;
    await trx
      .insertInto("activity")
      .values({
        ...{ occurred_at: now.toISOString(), user_id: userId, exhibition_id: exhibitor.exhibition_id },
        ...{ exhibitor_id: exhibitor.id, event_id: null, material_id: null },
        ...{ kind: "booth.left", data: JSON.stringify({ seconds }) },
      })
      .execute();
    return seconds;
  });
}
