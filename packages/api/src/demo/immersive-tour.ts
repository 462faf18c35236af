/**
 * The demo tour of a dairy plant: three drawn panoramas kept through the same levels pipeline as
 * uploads, linked both ways, with a caption and (when given) a hotspot opening a material.
 */
import type { Database } from "@pavilion/db";
import type { BilingualText } from "@pavilion/schema";
import { addHotspot } from "../services/immersive/tour-hotspots.ts";
import type { FileStorage } from "../storage/file-storage.ts";
import { DEFAULT_QUOTA_BYTES } from "../uploads/limits.ts";
import { keepPanorama, makePanoramaLevels } from "../uploads/panoramas/index.ts";
import { type DemoPanoramaScene, drawDemoPanorama } from "./art/panoramas.ts";

export interface DemoTourRequest {
  exhibitorId: string;
  now: Date;
  /** A published, approved material of the exhibitor for the lab to open. */
  materialId?: string;
  /** The widest level kept (and drawn); 4096 keeps seeding quick. */
  width?: number;
}

const SCENES: { scene: DemoPanoramaScene; title: BilingualText }[] = [
  { scene: "hall", title: { ru: "Цех хранения молока", en: "Milk storage hall" } },
  { scene: "line", title: { ru: "Линия розлива", en: "Bottling line" } },
  { scene: "lab", title: { ru: "Лаборатория качества", en: "Quality lab" } },
];

const noLabel = { ru: "", en: "" };

/** Gives the exhibitor the demo tour unless it has panoramas already; returns the panorama ids made. */
export async function seedDemoTour(
  db: Database,
  storage: FileStorage,
  request: DemoTourRequest,
): Promise<string[]> {
  const { exhibitorId, now } = request;
  const existing = await db
    .selectFrom("panoramas")
    .select("id")
    .where("exhibitor_id", "=", exhibitorId)
    .executeTakeFirst();
  if (existing) return [];
  const width = request.width ?? 4096;
  const ids: string[] = [];
  for (const { scene, title } of SCENES) {
    const levels = await makePanoramaLevels(await drawDemoPanorama(scene, width), { maxWidth: width });
    const panorama = { exhibitorId, title, originalName: `${scene}.jpg`, now };
    ids.push(
      await keepPanorama(db, storage, levels, { ...panorama, defaultQuotaBytes: DEFAULT_QUOTA_BYTES }),
    );
  }
  const [hall, line, lab] = ids as [string, string, string];
  const go = (from: string, to: string, yaw: number) =>
    addHotspot(
      db,
      exhibitorId,
      from,
      { kind: "panorama", targetPanoramaId: to, yaw, pitch: -8, text: noLabel },
      now,
    );
  await go(hall, line, 0);
  await go(line, hall, -150);
  await go(line, lab, 95);
  await go(lab, line, 170);
  const caption = {
    ru: "Танки по 50 м³ из нержавеющей стали: молоко хранится при +4 °C не дольше суток.",
    en: "50 m³ stainless steel tanks: milk is kept at +4 °C for no longer than a day.",
  };
  await addHotspot(db, exhibitorId, hall, { kind: "caption", yaw: 90, pitch: 8, text: caption }, now);
  if (request.materialId) {
    const material = { kind: "material" as const, materialId: request.materialId };
    await addHotspot(db, exhibitorId, lab, { ...material, yaw: 5, pitch: -12, text: noLabel }, now);
  }
  return ids;
}
