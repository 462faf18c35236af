/**
 * Time in a company's 360° tour: when a visitor leaves the tour the browser says how long it was
 * open and how many panoramas were seen, and a "tour.left" row keeps them; the minutes warm the
 * lead and add up to the tour's time in the statistics. The browser is not trusted: a tour opens
 * from the booth page and two tours of one company do not overlap, so the seconds are capped by
 * the time since the later of the visitor's latest visit to the booth and their previous leave of
 * its tour (when there is either), and by four hours. Panoramas seen are capped by those it has.
 */
import { type Database, groupCommit } from "@pavilion/db";
import { approvedExhibitorCached } from "../booth/approved-cache.ts";

/** The longest time in a tour one leave may record. */
export const MAX_TOUR_STAY_SECONDS = 4 * 60 * 60;

export interface TourLeave {
  userId: string;
  exhibitorId: string;
  /** What the browser claims. */
  seconds: number;
  panoramasSeen: number;
}

/** The latest row of this kind the visitor has at the exhibitor, if any. */
function latest(trx: Database, leave: TourLeave, kind: "booth.visit" | "tour.left") {
  return trx
    .selectFrom("activity")
    .select(["id", "occurred_at"])
    .where("user_id", "=", leave.userId)
    .where("exhibitor_id", "=", leave.exhibitorId)
    .where("kind", "=", kind)
    .orderBy("occurred_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
}

/**
 * Records that a signed-in visitor left an approved exhibitor's tour (NotFoundError for any other);
 * answers the seconds recorded: 0, and nothing recorded, for its own team, a company without
 * panoramas, or no time left after the cap.
 */
export async function recordTourLeave(db: Database, leave: TourLeave, now: Date): Promise<number> {
  const exhibitor = await approvedExhibitorCached(db, leave.exhibitorId);
  const [member, panoramas] = await Promise.all([
    db
      .selectFrom("members")
      .select("user_id")
      .where("exhibitor_id", "=", exhibitor.id)
      .where("user_id", "=", leave.userId)
      .executeTakeFirst(),
    db
      .selectFrom("panoramas")
      .select((eb) => eb.fn.countAll<number | string>().as("count"))
      .where("exhibitor_id", "=", exhibitor.id)
      .executeTakeFirstOrThrow(),
  ]);
  const panoramaCount = Number(panoramas.count);
  if (member || panoramaCount === 0) return 0;
  // Read and written in one piece of the group commit, so two leaves at once cannot both claim the time.
  return groupCommit(db).run(async (trx) => {
    const visit = await latest(trx, leave, "booth.visit");
    const previous = await latest(trx, leave, "tour.left");
    const opened = [visit?.occurred_at, previous?.occurred_at]
      .filter((at): at is string => at !== undefined)
      .map((at) => Date.parse(at));
    const elapsed =
      opened.length === 0 ? Number.POSITIVE_INFINITY : (now.getTime() - Math.max(...opened)) / 1000;
    const seconds = Math.floor(Math.min(leave.seconds, elapsed, MAX_TOUR_STAY_SECONDS));
    if (!(seconds > 0)) return 0;
    const panoramasSeen = Math.min(leave.panoramasSeen, panoramaCount);
    await trx
      .insertInto("activity")
      .values({
        ...{ occurred_at: now.toISOString(), user_id: leave.userId, exhibition_id: exhibitor.exhibition_id },
        ...{ exhibitor_id: exhibitor.id, event_id: null, material_id: null },
        ...{ kind: "tour.left", data: JSON.stringify({ seconds, panoramasSeen }) },
      })
      .execute();
    return seconds;
  });
}
