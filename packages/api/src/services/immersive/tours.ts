/**
 * An exhibitor's 360° tour as the cabinet and visitors read it: panoramas in order with their
 * levels and hotspots, material hotspots resolved to the material's title and download address.
 */
import type { Database } from "@pavilion/db";
import type { Panorama, Tour, TourHotspot } from "@pavilion/schema";
import type { StoredLevel } from "../../uploads/panoramas/index.ts";

/** The exhibitor's panoramas in order with all their hotspots (the cabinet's view). */
export async function tourOf(db: Database, exhibitorId: string): Promise<Tour> {
  return readTour(db, exhibitorId, { visitorsOnly: false });
}

/**
 * The tour as visitors see it: hotspots that open a material only while that material is
 * published and approved (a hidden one would lead nowhere).
 */
export async function publicTourOf(db: Database, exhibitorId: string): Promise<Tour> {
  return readTour(db, exhibitorId, { visitorsOnly: true });
}

/** The level list of a `panoramas.levels` column. */
export function storedLevelsOf(levels: string): StoredLevel[] {
  return JSON.parse(levels) as StoredLevel[];
}

async function readTour(
  db: Database,
  exhibitorId: string,
  options: { visitorsOnly: boolean },
): Promise<Tour> {
  const [panoramas, hotspots] = await Promise.all([
    db
      .selectFrom("panoramas")
      .select(["id", "title_ru", "title_en", "levels", "initial_yaw", "original_name"])
      .where("exhibitor_id", "=", exhibitorId)
      .orderBy("position")
      .orderBy("id")
      .execute(),
    hotspotsOf(db, exhibitorId, options),
  ]);
  const byPanorama = new Map<string, TourHotspot[]>();
  for (const { panoramaId, hotspot } of hotspots) {
    byPanorama.set(panoramaId, [...(byPanorama.get(panoramaId) ?? []), hotspot]);
  }
  return {
    exhibitorId,
    panoramas: panoramas.map(
      (row): Panorama => ({
        id: row.id,
        title: { ru: row.title_ru, en: row.title_en },
        levels: storedLevelsOf(row.levels).map((level) => ({
          url: `/files/${level.fileId}`,
          width: level.width,
          height: level.height,
        })),
        initialYaw: Number(row.initial_yaw),
        hotspots: byPanorama.get(row.id) ?? [],
        originalName: row.original_name,
      }),
    ),
  };
}

async function hotspotsOf(
  db: Database,
  exhibitorId: string,
  options: { visitorsOnly: boolean },
): Promise<{ panoramaId: string; hotspot: TourHotspot }[]> {
  let query = db
    .selectFrom("tour_hotspots as h")
    .leftJoin("materials as m", (join) =>
      join.onRef("m.id", "=", "h.material_id").onRef("m.exhibitor_id", "=", "h.exhibitor_id"),
    )
    .select(["h.id", "h.panorama_id", "h.kind", "h.yaw", "h.pitch", "h.target_panorama_id", "h.text_ru"])
    .select(["h.text_en", "m.id as material_id", "m.kind as material_kind", "m.title_ru", "m.title_en"])
    .select(["m.file_id", "m.url"])
    .where("h.exhibitor_id", "=", exhibitorId);
  if (options.visitorsOnly) {
    query = query.where((eb) =>
      eb.or([eb("h.kind", "<>", "material"), eb.and([eb("m.published", "=", 1), eb("m.approved", "=", 1)])]),
    );
  }
  // Left to right round the view: the order a keyboard walks them in.
  const rows = await query.orderBy("h.yaw").orderBy("h.pitch", "desc").orderBy("h.id").execute();
  return rows.map((row) => ({
    panoramaId: row.panorama_id,
    hotspot: {
      id: row.id,
      kind: row.kind,
      yaw: Number(row.yaw),
      pitch: Number(row.pitch),
      targetPanoramaId: row.kind === "panorama" ? row.target_panorama_id : null,
      material:
        row.kind === "material" && row.material_id
          ? {
              id: row.material_id,
              title: { ru: row.title_ru ?? "", en: row.title_en ?? "" },
              url: materialAddress(row.material_id, row.file_id, row.url),
              kind: row.material_kind ?? "link",
            }
          : null,
      text: { ru: row.text_ru, en: row.text_en },
    },
  }));
}

/** Where the booth page sends a visitor for a material: its download (counted), or its web link. */
function materialAddress(materialId: string, fileId: string | null, url: string | null): string | null {
  if (fileId) return `/materials/${materialId}/download`;
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}
