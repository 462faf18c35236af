/** A floor as the visitor's 3D view and 2D plan draw it. */
import type { Database } from "@pavilion/db";
import type { FloorBoothModel, FloorPlan } from "@pavilion/schema";
import { NotFoundError } from "../../errors.ts";
import { currentExhibition } from "../exhibition/overview.ts";
import { featuredModelsOf } from "../immersive/models.ts";
import { eventsOnAir, exhibitorsWithStaffOnline } from "../live/presence.ts";
import { atlasLayout, atlasUrl } from "./atlas-layout.ts";
import { type FloorBoothRow, floorBooths, layoutOf } from "./current-layout.ts";

/** The exhibition's floors in order, each with its number of approved exhibitors. */
export async function floorSummaries(db: Database, exhibitionId: string) {
  const floors = await db
    .selectFrom("floors")
    .leftJoin("exhibitors", (join) =>
      join.onRef("exhibitors.floor_id", "=", "floors.id").on("exhibitors.status", "=", "approved"),
    )
    .select(["floors.id", "floors.slug", "floors.name_ru", "floors.name_en"])
    .select((eb) => eb.fn.count<number>("exhibitors.id").as("exhibitor_count"))
    .where("floors.exhibition_id", "=", exhibitionId)
    .groupBy(["floors.id", "floors.slug", "floors.name_ru", "floors.name_en", "floors.position"])
    .orderBy("floors.position")
    .execute();
  return floors.map((floor) => ({
    id: floor.id,
    slug: floor.slug,
    name: { ru: floor.name_ru, en: floor.name_en },
    exhibitorCount: Number(floor.exhibitor_count),
  }));
}

/**
 * Exhibitors (of the floor, or the one given) with an approved event live now: on its schedule
 * (starts_at ≤ now < ends_at) or on air in its LiveKit room (a host publishes, even early or late).
 */
export async function liveExhibitors(
  db: Database,
  where: { floorId: string } | { exhibitorId: string },
  now: Date,
): Promise<Set<string>> {
  const at = now.toISOString();
  const onAir = await eventsOnAir(db);
  const rows = await db
    .selectFrom("events")
    .innerJoin("exhibitors", "exhibitors.id", "events.exhibitor_id")
    .select("events.exhibitor_id")
    .distinct()
    .where((eb) =>
      "floorId" in where
        ? eb("exhibitors.floor_id", "=", where.floorId)
        : eb("exhibitors.id", "=", where.exhibitorId),
    )
    .where("events.status", "=", "approved")
    // A private meeting in progress is not something visitors can join.
    .where("events.kind", "!=", "meeting")
    .where((eb) =>
      eb.or([
        eb.and([eb("events.starts_at", "<=", at), eb("events.ends_at", ">", at)]),
        ...(onAir.length > 0 ? [eb("events.id", "in", onAir)] : []),
      ]),
    )
    .execute();
  return new Set(rows.flatMap((row) => (row.exhibitor_id ? [row.exhibitor_id] : [])));
}

/** What the floor shows of each booth beyond its row: live now, staff online, the model on its stand. */
interface BoothExtras {
  live: Set<string>;
  staffOnline: Set<string>;
  models: Map<string, FloorBoothModel>;
}

function layoutPart(floorId: string, rows: FloorBoothRow[], { live, staffOnline, models }: BoothExtras) {
  const layout = layoutOf(floorId, rows);
  const atlas = atlasLayout(rows.map((row) => row.logoFileId));
  const rowOf = new Map(rows.map((row, index) => [row.exhibitorId, { row, index }]));
  const booths = layout.booths.flatMap((booth) => {
    const found = rowOf.get(booth.id);
    if (!found) return [];
    const { row, index } = found;
    return {
      ...{ id: row.boothId, exhibitorId: row.exhibitorId, slug: row.slug, x: booth.x, z: booth.z },
      ...{ width: booth.width, depth: booth.depth, size: booth.size, facing: booth.facing },
      ...{ entrance: booth.entrance, name: { ru: row.nameRu, en: row.nameEn }, color: row.color },
      logoUrl: row.logoFileId ? `/files/${row.logoFileId}` : null,
      atlasIndex: atlas?.cellOf[index] ?? null,
      live: live.has(row.exhibitorId),
      staffOnline: staffOnline.has(row.exhibitorId),
      placedByHand: row.placedManually,
      model: models.get(row.exhibitorId) ?? null,
    };
  });
  return {
    ...{ width: layout.width, depth: layout.depth, alleys: layout.alleys, blocks: layout.blocks, booths },
    atlas: atlas && {
      url: atlasUrl(floorId, atlas.version),
      ...{ columns: atlas.columns, rows: atlas.rows, cellPx: atlas.cellPx },
    },
  };
}

/** The plan of the floor with this slug in the current exhibition; NotFoundError for an unknown slug. */
export async function floorPlan(db: Database, slug: string, now: Date): Promise<FloorPlan> {
  const exhibition = await currentExhibition(db);
  const floors = await floorSummaries(db, exhibition.id);
  const floor = floors.find((candidate) => candidate.slug === slug);
  if (!floor) throw new NotFoundError("floor");
  const [rows, live, staffOnline] = await Promise.all([
    floorBooths(db, floor.id),
    liveExhibitors(db, { floorId: floor.id }, now),
    exhibitorsWithStaffOnline(db),
  ]);
  // One query for the whole floor's featured models, never one per booth.
  const models = await featuredModelsOf(
    db,
    rows.map((row) => row.exhibitorId),
  );
  return {
    floor: { id: floor.id, slug: floor.slug, name: floor.name },
    floors,
    ...layoutPart(floor.id, rows, { live, staffOnline, models }),
  };
}

/** The plan of the floor with this id, e.g. after an organiser changed it. */
export async function floorPlanById(db: Database, floorId: string, now: Date): Promise<FloorPlan> {
  const floor = await db.selectFrom("floors").select("slug").where("id", "=", floorId).executeTakeFirst();
  if (!floor) throw new NotFoundError("floor");
  return floorPlan(db, floor.slug, now);
}
