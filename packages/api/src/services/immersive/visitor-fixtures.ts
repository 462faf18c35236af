/**
 * Test helpers for what visitors see of a booth's models and tour: rows as the cabinet keeps them,
 * written straight into the tables (the glTF and panorama pipelines have their own tests).
 */
import { randomBytes } from "node:crypto";
import type { Database } from "@pavilion/db";
import type { BilingualText } from "@pavilion/schema";
import type { FileStorage } from "../../storage/file-storage.ts";
import { storeFile } from "../../storage/store-file.ts";

interface Stores {
  db: Database;
  storage: FileStorage;
}

const AT = "2026-11-01T00:00:00.000Z";

async function storedBytes({ db, storage }: Stores, mime: string): Promise<string> {
  return (await storeFile(db, storage, new Uint8Array(randomBytes(64)), mime, new Date(AT))).id;
}

/** A product model of the exhibitor (last in order); returns its id and its file's id. */
export async function insertModel(
  stores: Stores,
  exhibitorId: string,
  options: { title?: BilingualText; featured?: boolean; position?: number } = {},
): Promise<{ modelId: string; fileId: string }> {
  const fileId = await storedBytes(stores, "model/gltf-binary");
  const modelId = crypto.randomUUID();
  const title = options.title ?? { ru: "Станок", en: "Lathe" };
  await stores.db
    .insertInto("product_models")
    .values({
      ...{ id: modelId, exhibitor_id: exhibitorId, title_ru: title.ru, title_en: title.en },
      ...{ description_ru: "Токарный станок", description_en: "A lathe", file_id: fileId },
      ...{ preview_file_id: null, original_name: "lathe.glb", triangles: 1200 },
      bounds: JSON.stringify({ min: [-0.5, 0, -0.5], max: [0.5, 1.2, 0.5] }),
      ...{ featured: options.featured ? 1 : 0, position: options.position ?? 0 },
      ...{ created_at: AT, updated_at: AT },
    })
    .execute();
  return { modelId, fileId };
}

/** A panorama of the exhibitor's tour kept at one width; returns its id. */
export async function insertPanorama(
  stores: Stores,
  exhibitorId: string,
  options: { title?: BilingualText; position?: number } = {},
): Promise<string> {
  const fileId = await storedBytes(stores, "image/jpeg");
  const id = crypto.randomUUID();
  const title = options.title ?? { ru: "Цех", en: "Workshop" };
  await stores.db
    .insertInto("panoramas")
    .values({
      ...{ id, exhibitor_id: exhibitorId, title_ru: title.ru, title_en: title.en },
      levels: JSON.stringify([{ fileId, width: 2048, height: 1024 }]),
      ...{ original_name: "workshop.jpg", initial_yaw: 0, position: options.position ?? 0 },
      ...{ created_at: AT, updated_at: AT },
    })
    .execute();
  return id;
}
