/** What an organiser does to a floor: move a booth by hand, or give it another size. */
import type { BoothSize, Database } from "@pavilion/db";
import { moveBooth, resizeBooth } from "@pavilion/floor";
import { BoothPlacementError, NotFoundError } from "../../errors.ts";
import { floorBooths, layoutOf } from "./current-layout.ts";
import { ensureFloorLayout, inTransaction, layoutInputs, saveLayout } from "./placement.ts";

/** The floor of an approved exhibitor, with its booth placed; NotFoundError otherwise. */
async function floorOfApproved(db: Database, exhibitorId: string, now: Date): Promise<string> {
  const exhibitor = await db
    .selectFrom("exhibitors")
    .select("floor_id")
    .where("id", "=", exhibitorId)
    .where("status", "=", "approved")
    .executeTakeFirst();
  if (!exhibitor) throw new NotFoundError("exhibitor");
  await ensureFloorLayout(db, exhibitor.floor_id, now);
  return exhibitor.floor_id;
}

/**
 * Pins a booth with its north-west corner at `to`, if it keeps clear of alleys, other
 * booths and the floor's edge; the booths not pinned flow again around the pins.
 */
export async function moveFloorBooth(
  db: Database,
  exhibitorId: string,
  to: { x: number; z: number },
  now: Date,
): Promise<string> {
  return inTransaction(db, async (trx) => {
    const floorId = await floorOfApproved(trx, exhibitorId, now);
    const moved = moveBooth(layoutOf(floorId, await floorBooths(trx, floorId)), exhibitorId, to);
    if (!moved.ok) {
      if (moved.reason === "unknownBooth") throw new NotFoundError("booth");
      throw new BoothPlacementError(moved.reason);
    }
    await trx
      .updateTable("booths")
      .set({ x: to.x, z: to.z, placed_manually: 1, updated_at: now.toISOString() })
      .where("exhibitor_id", "=", exhibitorId)
      .execute();
    await ensureFloorLayout(trx, floorId, now);
    return floorId;
  });
}

/** Gives an exhibitor's booth another size and lays its floor out again, keeping the pins that fit. */
export async function resizeFloorBooth(
  db: Database,
  exhibitorId: string,
  size: BoothSize,
  now: Date,
): Promise<string> {
  return inTransaction(db, async (trx) => {
    const floorId = await floorOfApproved(trx, exhibitorId, now);
    const resized = resizeBooth(await layoutInputs(trx, floorId), exhibitorId, size);
    if (!resized.ok) throw new NotFoundError("booth");
    await trx
      .updateTable("exhibitors")
      .set({ booth_size: size, updated_at: now.toISOString() })
      .where("id", "=", exhibitorId)
      .execute();
    await saveLayout(trx, floorId, resized.layout, now);
    return floorId;
  });
}
