/**
 * Hotspots on a tour's panoramas. Each leads to another panorama of the same exhibitor, opens
 * one of its materials visitors can open (published and approved), or shows a caption; any other
 * target is refused with tour.hotspotTarget and nothing is stored.
 */
import type { Database, TourHotspotKind } from "@pavilion/db";
import { type hotspotTargetSchema, MAX_HOTSPOTS_PER_PANORAMA } from "@pavilion/schema";
import type { z } from "zod";
import { AppError, NotFoundError } from "../../errors.ts";
import { inTransaction } from "../floor/placement.ts";
import { panoramaOf } from "./panorama-edits.ts";

/** A hotspot as the cabinet sends it: where it sits, its label, and what it does. */
export type HotspotInput = z.infer<typeof hotspotTargetSchema>;

/** The columns that say what a hotspot does, once its target is checked. */
interface CheckedTarget {
  kind: TourHotspotKind;
  target_panorama_id: string | null;
  material_id: string | null;
}

/** Adds a hotspot to the exhibitor's panorama; returns its id. Throws tour.* / notFound. */
export async function addHotspot(
  db: Database,
  exhibitorId: string,
  panoramaId: string,
  hotspot: HotspotInput,
  now: Date,
): Promise<string> {
  const id = crypto.randomUUID();
  await inTransaction(db, async (trx) => {
    await panoramaOf(trx, exhibitorId, panoramaId);
    const count = await trx
      .selectFrom("tour_hotspots")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("panorama_id", "=", panoramaId)
      .executeTakeFirstOrThrow();
    if (Number(count.n) >= MAX_HOTSPOTS_PER_PANORAMA) {
      throw new AppError("tour.tooManyHotspots", undefined, { limit: MAX_HOTSPOTS_PER_PANORAMA });
    }
    const target = await checkedTarget(trx, exhibitorId, panoramaId, hotspot);
    await trx
      .insertInto("tour_hotspots")
      .values({
        ...{ id, panorama_id: panoramaId, exhibitor_id: exhibitorId, ...target },
        ...{ yaw: hotspot.yaw, pitch: hotspot.pitch, text_ru: hotspot.text.ru, text_en: hotspot.text.en },
        created_at: now.toISOString(),
      })
      .execute();
  });
  return id;
}

/** Changes where a hotspot of the exhibitor sits and what it does (on the same panorama). */
export async function updateHotspot(
  db: Database,
  exhibitorId: string,
  hotspotId: string,
  hotspot: HotspotInput,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const current = await trx
      .selectFrom("tour_hotspots")
      .select("panorama_id")
      .where("id", "=", hotspotId)
      .where("exhibitor_id", "=", exhibitorId)
      .executeTakeFirst();
    if (!current) throw new NotFoundError("hotspot");
    const target = await checkedTarget(trx, exhibitorId, current.panorama_id, hotspot);
    await trx
      .updateTable("tour_hotspots")
      .set({ ...target, yaw: hotspot.yaw, pitch: hotspot.pitch })
      .set({ text_ru: hotspot.text.ru, text_en: hotspot.text.en })
      .where("id", "=", hotspotId)
      .where("exhibitor_id", "=", exhibitorId)
      .execute();
  });
}

/** Removes a hotspot of the exhibitor; NotFoundError for one of another exhibitor or none. */
export async function removeHotspot(db: Database, exhibitorId: string, hotspotId: string): Promise<void> {
  const result = await db
    .deleteFrom("tour_hotspots")
    .where("id", "=", hotspotId)
    .where("exhibitor_id", "=", exhibitorId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new NotFoundError("hotspot");
}

/**
 * What the hotspot on `panoramaId` may do: lead to another panorama of the exhibitor, open a
 * material of the exhibitor visitors can open, or show a caption with text in one language.
 */
async function checkedTarget(
  db: Database,
  exhibitorId: string,
  panoramaId: string,
  hotspot: HotspotInput,
): Promise<CheckedTarget> {
  switch (hotspot.kind) {
    case "panorama": {
      const target = await db
        .selectFrom("panoramas")
        .select("id")
        .where("id", "=", hotspot.targetPanoramaId)
        .where("exhibitor_id", "=", exhibitorId)
        .executeTakeFirst();
      if (!target || target.id === panoramaId) throw new AppError("tour.hotspotTarget");
      return { kind: "panorama", target_panorama_id: target.id, material_id: null };
    }
    case "material": {
      const material = await db
        .selectFrom("materials")
        .select("id")
        .where("id", "=", hotspot.materialId)
        .where("exhibitor_id", "=", exhibitorId)
        .where("published", "=", 1)
        .where("approved", "=", 1)
        .executeTakeFirst();
      if (!material) throw new AppError("tour.hotspotTarget");
      return { kind: "material", target_panorama_id: null, material_id: material.id };
    }
    case "caption":
      if (!hotspot.text.ru.trim() && !hotspot.text.en.trim()) throw new AppError("immersive.titleRequired");
      return { kind: "caption", target_panorama_id: null, material_id: null };
    default: {
      const unknown: never = hotspot;
      throw new Error(`unknown hotspot kind ${JSON.stringify(unknown)}`);
    }
  }
}
