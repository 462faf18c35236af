/**
 * Where booths stand: the booths table holds the placement of every approved
 * exhibitor, computed by layoutFloor from the exhibitors of the floor (in slug
 * order, sizes from exhibitors.booth_size), the pins organisers placed by hand and
 * the places booths already stand at, which are kept.
 */
import { type BoothSize, type Database, dialectOf } from "@pavilion/db";
import { type BoothInput, type FloorLayout, layoutFloor } from "@pavilion/floor";

// 11 columns a row: far below SQLite's and PostgreSQL's bound-parameter limits.
const ROWS_PER_WRITE = 200;

interface PlacedRow {
  id: string;
  exhibitor_id: string;
  floor_id: string;
  x: number;
  z: number;
  width: number;
  depth: number;
  size: BoothSize;
  placed_manually: number;
}

/** Runs `work` in the caller's transaction, or in a new one when `db` is not a transaction. */
export function inTransaction<T>(db: Database, work: (trx: Database) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/**
 * Serialises the changes to one floor's booths on PostgreSQL (SQLite runs one write
 * transaction at a time anyway), so two edits never both take the same free spot.
 */
export async function lockFloor(trx: Database, floorId: string): Promise<void> {
  if (dialectOf(trx) !== "postgres") return;
  await trx.selectFrom("floors").select("id").where("id", "=", floorId).forUpdate().execute();
}

/**
 * The layout input of a floor: approved exhibitors by slug; booths placed by hand
 * pinned, the others standing where they are (unless their size changed), so the
 * layout only places exhibitors that have no booth yet and never moves the others.
 */
export async function layoutInputs(db: Database, floorId: string): Promise<BoothInput[]> {
  const rows = await db
    .selectFrom("exhibitors")
    .leftJoin("booths", (join) =>
      join.onRef("booths.exhibitor_id", "=", "exhibitors.id").on("booths.floor_id", "=", floorId),
    )
    .select(["exhibitors.id", "exhibitors.booth_size", "booths.x", "booths.z", "booths.size"])
    .select("booths.placed_manually")
    .where("exhibitors.floor_id", "=", floorId)
    .where("exhibitors.status", "=", "approved")
    .orderBy("exhibitors.slug")
    .orderBy("exhibitors.id")
    .execute();
  return rows.map((row) => {
    const at = row.x !== null && row.z !== null ? { x: row.x, z: row.z } : null;
    const manual = row.placed_manually === 1;
    return {
      id: row.id,
      size: row.booth_size,
      pinned: manual ? at : null,
      standing: !manual && row.size === row.booth_size ? at : null,
    };
  });
}

function sameRow(row: PlacedRow, floorId: string, booth: FloorLayout["booths"][number]): boolean {
  return (
    row.floor_id === floorId &&
    row.x === booth.x &&
    row.z === booth.z &&
    row.width === booth.width &&
    row.depth === booth.depth &&
    row.size === booth.size &&
    row.placed_manually === (booth.pinned ? 1 : 0)
  );
}

async function upsertBooths(db: Database, floorId: string, booths: FloorLayout["booths"], now: Date) {
  const rows = booths.map((booth) => ({
    ...{ id: crypto.randomUUID(), exhibitor_id: booth.id, floor_id: floorId, x: booth.x, z: booth.z },
    ...{ width: booth.width, depth: booth.depth, size: booth.size, placed_manually: booth.pinned ? 1 : 0 },
    updated_at: now.toISOString(),
  }));
  for (let start = 0; start < rows.length; start += ROWS_PER_WRITE) {
    await db
      .insertInto("booths")
      .values(rows.slice(start, start + ROWS_PER_WRITE))
      // Two processes placing the same new booth at once agree on where; the first id stays.
      .onConflict((conflict) =>
        conflict.column("exhibitor_id").doUpdateSet((eb) => ({
          floor_id: eb.ref("excluded.floor_id"),
          x: eb.ref("excluded.x"),
          z: eb.ref("excluded.z"),
          width: eb.ref("excluded.width"),
          depth: eb.ref("excluded.depth"),
          size: eb.ref("excluded.size"),
          placed_manually: eb.ref("excluded.placed_manually"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .execute();
  }
}

/** Writes a floor's layout (booth ids are exhibitor ids) into booths; returns how many rows changed. */
export async function saveLayout(db: Database, floorId: string, layout: FloorLayout, now: Date) {
  const placed = new Set(layout.booths.map((b) => b.id));
  const current = await db
    .selectFrom("booths")
    .select(["id", "exhibitor_id", "floor_id", "x", "z", "width", "depth", "size", "placed_manually"])
    .where((eb) =>
      eb.or([eb("floor_id", "=", floorId), ...(placed.size ? [eb("exhibitor_id", "in", [...placed])] : [])]),
    )
    .execute();
  const byExhibitor = new Map(current.map((row) => [row.exhibitor_id, row]));
  const gone = current.filter((row) => row.floor_id === floorId && !placed.has(row.exhibitor_id));
  if (gone.length)
    await db
      .deleteFrom("booths")
      .where(
        "id",
        "in",
        gone.map((row) => row.id),
      )
      .execute();
  const changed = layout.booths.filter((booth) => {
    const row = byExhibitor.get(booth.id);
    return !row || !sameRow(row, floorId, booth);
  });
  await upsertBooths(db, floorId, changed, now);
  return gone.length + changed.length;
}

/**
 * Places every approved exhibitor of the floor that has no booth there yet, in free
 * room, and removes the booths of those gone; booths already standing stay. One
 * transaction; writes nothing when all stand right.
 */
export async function ensureFloorLayout(db: Database, floorId: string, now: Date): Promise<number> {
  return inTransaction(db, async (trx) => {
    await lockFloor(trx, floorId);
    const layout = layoutFloor(await layoutInputs(trx, floorId));
    return saveLayout(trx, floorId, layout, now);
  });
}

/** Runs ensureFloorLayout for every floor (at server start); returns how many booth rows changed. */
export async function ensureAllFloorLayouts(db: Database, now: Date): Promise<number> {
  const floors = await db.selectFrom("floors").select("id").orderBy("position").execute();
  let changed = 0;
  for (const floor of floors) changed += await ensureFloorLayout(db, floor.id, now);
  return changed;
}
