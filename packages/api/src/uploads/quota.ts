/**
 * How much an exhibitor keeps: each of its files counts once (exhibitor_files), and
 * a file stops counting when nothing of the exhibitor uses it any more.
 */
import type { Database } from "@pavilion/db";
import type { Quota } from "@pavilion/schema";
import type { ApiServices } from "../context.ts";

/** Bytes the exhibitor keeps and may keep. */
export async function quotaOf(services: ApiServices, exhibitorId: string): Promise<Quota> {
  return quotaIn(services.db, exhibitorId, services.config.uploads.defaultQuotaBytes);
}

/** The quota, read with a given default (the exhibitor's own limit wins when set). */
export async function quotaIn(db: Database, exhibitorId: string, defaultQuotaBytes: number): Promise<Quota> {
  const used = await db
    .selectFrom("exhibitor_files")
    .select((eb) => eb.fn.sum<number | string | null>("size").as("bytes"))
    .where("exhibitor_id", "=", exhibitorId)
    .executeTakeFirst();
  const exhibitor = await db
    .selectFrom("exhibitors")
    .select("storage_quota_bytes")
    .where("id", "=", exhibitorId)
    .executeTakeFirst();
  return {
    usedBytes: Number(used?.bytes ?? 0),
    quotaBytes: Number(exhibitor?.storage_quota_bytes ?? defaultQuotaBytes),
  };
}

/** Forgets the exhibitor's file (and then its poster) when none of its logo/video/materials/draft/recordings uses it. */
export async function releaseExhibitorFile(db: Database, exhibitorId: string, fileId: string): Promise<void> {
  if (await isInUse(db, exhibitorId, fileId)) return;
  const file = await db
    .selectFrom("files")
    .select("poster_file_id")
    .where("id", "=", fileId)
    .executeTakeFirst();
  await db
    .deleteFrom("exhibitor_files")
    .where("exhibitor_id", "=", exhibitorId)
    .where("file_id", "=", fileId)
    .execute();
  const poster = file?.poster_file_id;
  if (poster && poster !== fileId) await releaseExhibitorFile(db, exhibitorId, poster);
}

async function isInUse(db: Database, exhibitorId: string, fileId: string): Promise<boolean> {
  const uses = await Promise.all([
    db
      .selectFrom("exhibitors")
      .select("id")
      .where("id", "=", exhibitorId)
      .where((eb) => eb.or([eb("logo_file_id", "=", fileId), eb("video_file_id", "=", fileId)]))
      .executeTakeFirst(),
    db
      .selectFrom("exhibitor_drafts")
      .select("exhibitor_id")
      .where("exhibitor_id", "=", exhibitorId)
      .where((eb) => eb.or([eb("logo_file_id", "=", fileId), eb("video_file_id", "=", fileId)]))
      .executeTakeFirst(),
    db
      .selectFrom("materials")
      .select("id")
      .where("exhibitor_id", "=", exhibitorId)
      .where("file_id", "=", fileId)
      .executeTakeFirst(),
    // A webinar's recording.
    db
      .selectFrom("events")
      .select("id")
      .where("exhibitor_id", "=", exhibitorId)
      .where("recording_file_id", "=", fileId)
      .executeTakeFirst(),
    // A poster stays while a video of the exhibitor that shows it is kept.
    db
      .selectFrom("exhibitor_files")
      .innerJoin("files", "files.id", "exhibitor_files.file_id")
      .select("files.id")
      .where("exhibitor_files.exhibitor_id", "=", exhibitorId)
      .where("files.poster_file_id", "=", fileId)
      .where("files.id", "<>", fileId)
      .executeTakeFirst(),
    // A product model's file or preview.
    db
      .selectFrom("product_models")
      .select("id")
      .where("exhibitor_id", "=", exhibitorId)
      .where((eb) => eb.or([eb("file_id", "=", fileId), eb("preview_file_id", "=", fileId)]))
      .executeTakeFirst(),
    // A level of a panorama (file ids are hex digests: nothing in them needs escaping).
    db
      .selectFrom("panoramas")
      .select("id")
      .where("exhibitor_id", "=", exhibitorId)
      .where("levels", "like", `%"fileId":"${fileId}"%`)
      .executeTakeFirst(),
  ]);
  return uses.some((use) => use !== undefined);
}
