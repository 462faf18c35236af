/**
 * What an organiser does to a floor: move a booth by hand, or give it another size.
 * Edits are local: the edited booth is the only one that moves; every other booth
 * keeps its place.
 */
import type { BoothSize, Database } from "@pavilion/db";
import { type FloorLayout, type MoveResult, moveBooth, resizeBooth } from "@pavilion/floor";
import { BoothPlacementError, NotFoundError } from "../../errors.ts";
import { floorBooths, layoutOf } from "./current-layout.ts";
import { ensureFloorLayout, inTransaction, lockFloor, saveLayout } from "./placement.ts";

/** The floor of an approved exhibitor, locked and with every booth placed; NotFoundError otherwise. */
async function floorOfApproved(trx: Database, exhibitorId: string, now: Date): Promise<string> {
  const exhibitor = await trx
    .selectFrom("exhibitors")
    .select("floor_id")
    .where("id", "=", exhibitorId)
    .where("status", "=", "approved")
    .executeTakeFirst();
  if (!exhibitor) throw new NotFoundError("exhibitor");
  await lockFloor(trx, exhibitor.floor_id);
  await ensureFloorLayout(trx, exhibitor.floor_id, now);
  return exhibitor.floor_id;
}

/** The floor as it stands now, from its booth rows. */
async function currentLayout(trx: Database, floorId: string): Promise<FloorLayout> {
  return layoutOf(floorId, await floorBooths(trx, floorId));
}

/** The edited layout, or the error saying why the booth cannot stand there. */
function edited(result: MoveResult): FloorLayout {
  if (result.ok) return result.layout;
  if (result.reason === "unknownBooth") throw new NotFoundError("booth");
  throw new BoothPlacementError(result.reason);
}

/**
 * Pins a booth with its north-west corner at `to`, if it keeps clear of alleys, other
 * booths and the floor's edge; no other booth moves.
 */
export async function moveFloorBooth(
  db: Database,
  exhibitorId: string,
  to: { x: number; z: number },
  now: Date,
): Promise<string> {
  return inTransaction(db, async (trx) => {
    const floorId = await floorOfApproved(trx, exhibitorId, now);
    const layout = edited(moveBooth(await currentLayout(trx, floorId), exhibitorId, to));
    await saveLayout(trx, floorId, layout, now);
    return floorId;
  });
}

/**
 * Gives an exhibitor's booth another size where it stands, or with its north-west
 * corner at `to` (pinned there), if the new footprint keeps clear of alleys, other
 * booths and the floor's edge; no other booth moves.
 */
export async function resizeFloorBooth(
  db: Database,
  exhibitorId: string,
  size: BoothSize,
  to: { x: number; z: number } | undefined,
  now: Date,
): Promise<string> {
  return inTransaction(db, async (trx) => {
    const floorId = await floorOfApproved(trx, exhibitorId, now);
    const layout = edited(resizeBooth(await currentLayout(trx, floorId), exhibitorId, size, to));
    await trx
      .updateTable("exhibitors")
      .set({ booth_size: size, updated_at: now.toISOString() })
      .where("id", "=", exhibitorId)
      .execute();
    await saveLayout(trx, floorId, layout, now);
    return floorId;
  });
}
