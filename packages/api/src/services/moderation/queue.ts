/**
 * What waits for the organisers: drafts sent for review, oldest first. An exhibitor
 * without a stored draft (one written straight into the table, like the demo's) waits
 * when its own row says "submitted".
 */
import type { Database } from "@pavilion/db";
import type { ModerationQueue } from "@pavilion/schema";

async function waitingRows(db: Database) {
  return db
    .selectFrom("exhibitors")
    .leftJoin("exhibitor_drafts as d", "d.exhibitor_id", "exhibitors.id")
    .innerJoin("floors", "floors.id", "exhibitors.floor_id")
    .leftJoin("booths", "booths.exhibitor_id", "exhibitors.id")
    .select(["exhibitors.id", "exhibitors.status", "booths.size as current_size"])
    .select(["floors.name_ru as floor_ru", "floors.name_en as floor_en"])
    .select((eb) => [
      eb.fn.coalesce("d.name_ru", "exhibitors.name_ru").as("name_ru"),
      eb.fn.coalesce("d.name_en", "exhibitors.name_en").as("name_en"),
      eb.fn.coalesce("d.booth_size", "exhibitors.booth_size").as("booth_size"),
      eb.fn.coalesce("d.submitted_at", "exhibitors.updated_at").as("submitted_at"),
    ])
    .where((eb) =>
      eb.or([
        eb("d.status", "=", "submitted"),
        eb.and([eb("d.exhibitor_id", "is", null), eb("exhibitors.status", "=", "submitted")]),
      ]),
    )
    .orderBy("submitted_at")
    .orderBy("exhibitors.id")
    .execute();
}

/** Every exhibitor waiting for review, with what the organiser needs to pick it up. */
export async function moderationQueue(db: Database): Promise<ModerationQueue> {
  const rows = await waitingRows(db);
  const ids = rows.map((row) => row.id);
  const pending = ids.length
    ? await db
        .selectFrom("materials")
        .select(["exhibitor_id", (eb) => eb.fn.countAll<number>().as("n")])
        .where("exhibitor_id", "in", ids)
        .where("approved", "=", 0)
        .groupBy("exhibitor_id")
        .execute()
    : [];
  const pendingOf = new Map(pending.map((row) => [row.exhibitor_id, Number(row.n)]));
  return rows.map((row) => ({
    exhibitorId: row.id,
    name: { ru: row.name_ru, en: row.name_en },
    floorName: { ru: row.floor_ru, en: row.floor_en },
    submittedAt: row.submitted_at,
    firstVersion: row.status !== "approved",
    pendingMaterials: pendingOf.get(row.id) ?? 0,
    requestedSize: row.booth_size,
    currentSize: row.current_size,
  }));
}
