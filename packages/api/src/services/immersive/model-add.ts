/** Adding a product model: an uploaded .glb checked, optimised and kept, with its row, or nothing at all. */
import type { Database } from "@pavilion/db";
import { MAX_MODELS_PER_EXHIBITOR } from "@pavilion/schema";
import type { ApiServices } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { acceptModelUpload, type KeptModel } from "../../uploads/models/index.ts";
import { modelCount } from "./model-rows.ts";
import { assertTitled, type ModelTexts, unfeatureAll } from "./models.ts";

/** Who adds which upload as a model of which exhibitor. */
export interface ModelUpload {
  userId: string;
  exhibitorId: string;
  uploadId: string;
}

export interface NewModel extends ModelTexts {
  /** Stand it on the booth (the exhibitor's first model stands there anyway). */
  featured: boolean;
}

/** Checks, optimises and keeps the upload as the exhibitor's model, after the others; returns its id. */
export async function addModel(services: ApiServices, upload: ModelUpload, model: NewModel): Promise<string> {
  assertTitled(model);
  await assertRoomForModel(services.db, upload.exhibitorId);
  const id = crypto.randomUUID();
  const now = services.now();
  await acceptModelUpload(services, upload, (tx, kept) =>
    insertModel(tx, { id, exhibitorId: upload.exhibitorId, kept, model, now }),
  );
  return id;
}

/** Throws model.tooMany when the exhibitor keeps as many models as it may. */
export async function assertRoomForModel(db: Database, exhibitorId: string): Promise<void> {
  if ((await modelCount(db, exhibitorId)) >= MAX_MODELS_PER_EXHIBITOR) {
    throw new AppError("model.tooMany", undefined, { limit: MAX_MODELS_PER_EXHIBITOR });
  }
}

/** Writes the model's row after the exhibitor's others (inside the transaction that keeps its files). */
export async function insertModel(
  tx: Database,
  row: { id: string; exhibitorId: string; kept: KeptModel; model: NewModel; now: Date },
): Promise<void> {
  const { id, exhibitorId, kept, model, now } = row;
  // Checked again here: two uploads at once cannot both take the last place.
  await assertRoomForModel(tx, exhibitorId);
  const last = await tx
    .selectFrom("product_models")
    .select((eb) => eb.fn.max("position").as("position"))
    .where("exhibitor_id", "=", exhibitorId)
    .executeTakeFirst();
  const first = last?.position === null || last?.position === undefined;
  const featured = model.featured || first;
  if (featured) await unfeatureAll(tx, exhibitorId, now);
  await tx
    .insertInto("product_models")
    .values({
      ...{ id, exhibitor_id: exhibitorId, title_ru: model.title.ru, title_en: model.title.en },
      ...{ description_ru: model.description.ru, description_en: model.description.en },
      ...{ file_id: kept.fileId, preview_file_id: kept.previewFileId, original_name: kept.originalName },
      ...{ triangles: kept.triangles, bounds: JSON.stringify(kept.bounds), featured: featured ? 1 : 0 },
      position: first ? 0 : Number(last.position) + 1,
      ...{ created_at: now.toISOString(), updated_at: now.toISOString() },
    })
    .execute();
}
