/** Keeping a panorama: its levels as the exhibitor's files and its row in the tour, in one transaction. */
import type { Database } from "@pavilion/db";
import { type BilingualText, MAX_PANORAMAS_PER_EXHIBITOR } from "@pavilion/schema";
import { AppError } from "../../errors.ts";
import type { FileStorage } from "../../storage/file-storage.ts";
import { keepPieces } from "../keep.ts";
import type { PanoramaLevelPiece } from "./levels.ts";

/** What the panorama's row says besides its levels. */
export interface NewPanorama {
  exhibitorId: string;
  title: BilingualText;
  /** Sanitised; what the cabinet shows it as. */
  originalName: string;
  defaultQuotaBytes: number;
  now: Date;
}

/** The level list as the `panoramas.levels` column keeps it. */
export interface StoredLevel {
  fileId: string;
  width: number;
  height: number;
}

/** Throws immersive.titleRequired unless the title has text in at least one language. */
export function assertTitled(title: BilingualText): void {
  if (!title.ru.trim() && !title.en.trim()) throw new AppError("immersive.titleRequired");
}

/** Throws panorama.tooMany when the exhibitor has no room for another panorama. */
export async function assertRoomForPanorama(db: Database, exhibitorId: string): Promise<void> {
  const row = await db
    .selectFrom("panoramas")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("exhibitor_id", "=", exhibitorId)
    .executeTakeFirstOrThrow();
  if (Number(row.n) >= MAX_PANORAMAS_PER_EXHIBITOR) {
    throw new AppError("panorama.tooMany", undefined, { limit: MAX_PANORAMAS_PER_EXHIBITOR });
  }
}

/**
 * Stores the levels (quota checked), records them as the exhibitor's "panorama" files and adds
 * the panorama after the others; a refusal (quota, too many) leaves no row. Returns its id.
 */
export async function keepPanorama(
  db: Database,
  storage: FileStorage,
  levels: readonly PanoramaLevelPiece[],
  panorama: NewPanorama,
): Promise<string> {
  assertTitled(panorama.title);
  const id = crypto.randomUUID();
  const stem = panorama.originalName.replace(/\.[^.]*$/, "") || "panorama";
  const pieces = levels.map((level) => ({
    piece: level.piece,
    purpose: "panorama" as const,
    name: `${stem}-${level.width}.jpg`,
  }));
  const stored: StoredLevel[] = levels.map((level) => ({
    fileId: level.piece.id,
    width: level.width,
    height: level.height,
  }));
  await keepPieces(db, storage, pieces, panorama, async (tx) => {
    await assertRoomForPanorama(tx, panorama.exhibitorId);
    const last = await tx
      .selectFrom("panoramas")
      .select((eb) => eb.fn.max("position").as("position"))
      .where("exhibitor_id", "=", panorama.exhibitorId)
      .executeTakeFirst();
    const position = last?.position === null || last?.position === undefined ? 0 : Number(last.position) + 1;
    const at = panorama.now.toISOString();
    await tx
      .insertInto("panoramas")
      .values({
        ...{
          id,
          exhibitor_id: panorama.exhibitorId,
          title_ru: panorama.title.ru,
          title_en: panorama.title.en,
        },
        ...{ levels: JSON.stringify(stored), original_name: panorama.originalName, initial_yaw: 0 },
        ...{ position, created_at: at, updated_at: at },
      })
      .execute();
  });
  return id;
}
