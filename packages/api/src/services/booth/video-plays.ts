/** Plays of a booth's videos, as activity the exhibitor's leads are built from. */
import type { Database } from "@pavilion/db";
import { NotFoundError } from "../../errors.ts";
import { approvedExhibitor } from "./bookmarks.ts";

/** What was played: the booth's video presentation, or one of its video materials. */
export interface VideoPlay {
  userId: string;
  exhibitorId: string;
  materialId?: string | undefined;
}

/** True when the exhibitor shows the video: its presentation, or a published, approved video material. */
async function videoShown(db: Database, exhibitorId: string, materialId: string | undefined) {
  if (materialId === undefined) {
    const exhibitor = await db
      .selectFrom("exhibitors")
      .select(["video_file_id", "video_url"])
      .where("id", "=", exhibitorId)
      .executeTakeFirst();
    return Boolean(exhibitor?.video_file_id || exhibitor?.video_url);
  }
  const material = await db
    .selectFrom("materials")
    .select("id")
    .where("id", "=", materialId)
    .where("exhibitor_id", "=", exhibitorId)
    .where("kind", "=", "video")
    .where("published", "=", 1)
    .where("approved", "=", 1)
    .executeTakeFirst();
  return material !== undefined;
}

/**
 * Records that a signed-in visitor started a video at an approved exhibitor's booth;
 * NotFoundError when the exhibitor or the video is not shown. The exhibitor's own team
 * watching its videos is not a lead, so it is not recorded (answers false).
 */
export async function recordVideoPlay(db: Database, play: VideoPlay, now: Date): Promise<boolean> {
  const exhibitor = await approvedExhibitor(db, play.exhibitorId);
  if (!(await videoShown(db, exhibitor.id, play.materialId))) throw new NotFoundError("video");
  const member = await db
    .selectFrom("members")
    .select("user_id")
    .where("exhibitor_id", "=", exhibitor.id)
    .where("user_id", "=", play.userId)
    .executeTakeFirst();
  if (member) return false;
  await db
    .insertInto("activity")
    .values({
      ...{ occurred_at: now.toISOString(), user_id: play.userId, exhibition_id: exhibitor.exhibition_id },
      ...{ exhibitor_id: exhibitor.id, event_id: null, material_id: play.materialId ?? null },
      ...{ kind: "video.play", data: null },
    })
    .execute();
  return true;
}
