/** The cabinet's changes to a tour's panoramas: texts and start view, order, removal. */
import type { Database } from "@pavilion/db";
import type { BilingualText } from "@pavilion/schema";
import { AppError, NotFoundError } from "../../errors.ts";
import { releaseExhibitorFile } from "../../uploads/index.ts";
import { assertTitled } from "../../uploads/panoramas/index.ts";
import { inTransaction } from "../floor/placement.ts";
import { storedLevelsOf } from "./tours.ts";

/** A panorama of this exhibitor; NotFoundError for one of another exhibitor or none. */
export async function panoramaOf(db: Database, exhibitorId: string, panoramaId: string) {
  const panorama = await db
    .selectFrom("panoramas")
    .select(["id", "levels"])
    .where("id", "=", panoramaId)
    .where("exhibitor_id", "=", exhibitorId)
    .executeTakeFirst();
  if (!panorama) throw new NotFoundError("panorama");
  return panorama;
}

/** Changes a panorama's title (text in one language at least) and where its view starts. */
export async function updatePanorama(
  db: Database,
  exhibitorId: string,
  panoramaId: string,
  change: { title: BilingualText; initialYaw: number },
  now: Date,
): Promise<void> {
  assertTitled(change.title);
  const result = await db
    .updateTable("panoramas")
    .set({ title_ru: change.title.ru, title_en: change.title.en, initial_yaw: change.initialYaw })
    .set({ updated_at: now.toISOString() })
    .where("id", "=", panoramaId)
    .where("exhibitor_id", "=", exhibitorId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new NotFoundError("panorama");
}

/** Puts the panoramas in the given order (the first is where the tour starts); each exactly once. */
export async function reorderPanoramas(
  db: Database,
  exhibitorId: string,
  panoramaIds: readonly string[],
  now: Date,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const rows = await trx
      .selectFrom("panoramas")
      .select("id")
      .where("exhibitor_id", "=", exhibitorId)
      .execute();
    const own = new Set(rows.map((row) => row.id));
    const given = new Set(panoramaIds);
    const permutation =
      given.size === panoramaIds.length && given.size === own.size && panoramaIds.every((id) => own.has(id));
    if (!permutation) throw new AppError("validation.invalid", "not a permutation of the panoramas");
    for (const [position, id] of panoramaIds.entries()) {
      await trx
        .updateTable("panoramas")
        .set({ position, updated_at: now.toISOString() })
        .where("id", "=", id)
        .where("exhibitor_id", "=", exhibitorId)
        .execute();
    }
  });
}

/**
 * Removes a panorama; its hotspots and the hotspots leading to it go with it (foreign keys), and
 * its files stop counting against the quota unless another panorama of the exhibitor shows them.
 */
export async function removePanorama(db: Database, exhibitorId: string, panoramaId: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const panorama = await panoramaOf(trx, exhibitorId, panoramaId);
    await trx
      .deleteFrom("panoramas")
      .where("id", "=", panoramaId)
      .where("exhibitor_id", "=", exhibitorId)
      .execute();
    // A level another panorama still shows is kept: the release checks.
    for (const level of storedLevelsOf(panorama.levels))
      await releaseExhibitorFile(trx, exhibitorId, level.fileId);
  });
}
