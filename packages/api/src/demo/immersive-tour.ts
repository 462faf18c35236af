/**
 * The demo tours: three drawn panoramas of a set (the university's training dairy plant, or the
 * architecture institute's workshop, studio and gallery) kept through the same levels pipeline
 * as uploads, linked both ways, with a caption and (when given) a hotspot opening a material.
 */
import type { Database } from "@pavilion/db";
import type { BilingualText } from "@pavilion/schema";
import { addHotspot } from "../services/immersive/tour-hotspots.ts";
import type { FileStorage } from "../storage/file-storage.ts";
import { DEFAULT_QUOTA_BYTES } from "../uploads/limits.ts";
import { keepPanorama, makePanoramaLevels } from "../uploads/panoramas/index.ts";
import { type DemoPanoramaScene, drawDemoPanorama } from "./art/panoramas.ts";
import type { DemoImmersiveSet } from "./immersive-models.ts";

export interface DemoTourRequest {
  exhibitorId: string;
  now: Date;
  /** Which tour; the dairy plant when not given. */
  set?: DemoImmersiveSet;
  /** A published, approved material of the exhibitor for the last room to open. */
  materialId?: string;
  /** The widest level kept (and drawn); 4096 keeps seeding quick. */
  width?: number;
}

interface DemoTour {
  /** First room, middle room, last room: walked first → middle → last and back. */
  rooms: [DemoRoom, DemoRoom, DemoRoom];
  /** A caption in the first room. */
  caption: BilingualText;
}

interface DemoRoom {
  scene: DemoPanoramaScene;
  title: BilingualText;
}

const TOURS: Record<DemoImmersiveSet, DemoTour> = {
  dairy: {
    rooms: [
      {
        scene: "hall",
        title: { ru: "Учебный молочный завод: цех хранения", en: "Training dairy: milk storage hall" },
      },
      {
        scene: "line",
        title: { ru: "Учебный молочный завод: линия розлива", en: "Training dairy: bottling line" },
      },
      {
        scene: "lab",
        title: { ru: "Учебный молочный завод: лаборатория", en: "Training dairy: quality lab" },
      },
    ],
    caption: {
      ru: "Учебный молочный завод университета: студенты принимают молоко в танки по 50 м³ и хранят его при +4 °C не дольше суток.",
      en: "The university's training dairy plant: students take milk into 50 m³ tanks and keep it at +4 °C for no longer than a day.",
    },
  },
  architecture: {
    rooms: [
      { scene: "workshop", title: { ru: "Макетная мастерская", en: "Model workshop" } },
      { scene: "studio", title: { ru: "Чертёжная студия", en: "Drawing studio" } },
      { scene: "gallery", title: { ru: "Выставка студенческих проектов", en: "Student projects gallery" } },
    ],
    caption: {
      ru: "Лазерный резак режет картон и фанеру для макетов по чертежам студентов — до листа 90 × 60 см.",
      en: "The laser cutter cuts card and plywood for the models from the students' drawings, sheets up to 90 × 60 cm.",
    },
  },
};

const noLabel = { ru: "", en: "" };

/** Gives the exhibitor the set's demo tour unless it has panoramas already; returns the panorama ids made. */
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
  const tour = TOURS[request.set ?? "dairy"];
  const width = request.width ?? 4096;
  // Drawing and encoding the levels is the slow part: the three rooms at once, kept in order.
  const levels = await Promise.all(
    tour.rooms.map(async ({ scene }) =>
      makePanoramaLevels(await drawDemoPanorama(scene, width), { maxWidth: width }),
    ),
  );
  const ids: string[] = [];
  for (const [index, { scene, title }] of tour.rooms.entries()) {
    const panorama = { exhibitorId, title, originalName: `${scene}.jpg`, now };
    const made = levels[index];
    if (!made) continue;
    ids.push(await keepPanorama(db, storage, made, { ...panorama, defaultQuotaBytes: DEFAULT_QUOTA_BYTES }));
  }
  const [first, middle, last] = ids as [string, string, string];
  const go = (from: string, to: string, yaw: number) =>
    addHotspot(
      db,
      exhibitorId,
      from,
      { kind: "panorama", targetPanoramaId: to, yaw, pitch: -8, text: noLabel },
      now,
    );
  await go(first, middle, 0);
  await go(middle, first, -150);
  await go(middle, last, 95);
  await go(last, middle, 170);
  await addHotspot(db, exhibitorId, first, { kind: "caption", yaw: 90, pitch: 8, text: tour.caption }, now);
  if (request.materialId) {
    const material = { kind: "material" as const, materialId: request.materialId };
    await addHotspot(db, exhibitorId, last, { ...material, yaw: 5, pitch: -12, text: noLabel }, now);
  }
  return ids;
}
