/**
 * An exhibitor's 3D product models: kept in the exhibitor's order, at most one of them featured
 * (standing on the booth on the floor). Adding one is in model-add.ts (it takes an upload).
 */
import type { Database } from "@pavilion/db";
import type { BilingualText, FloorBoothModel, ProductModel } from "@pavilion/schema";
import { AppError } from "../../errors.ts";
import { releaseExhibitorFile } from "../../uploads/index.ts";
import { inTransaction } from "../floor/placement.ts";
import { boundsFrom, modelRowOf, modelsOf } from "./model-rows.ts";

/** A model's title and the description a screen reader says, in both languages. */
export interface ModelTexts {
  title: BilingualText;
  description: BilingualText;
}

/** The exhibitor's models in order (featured or not). */
export async function listModels(db: Database, exhibitorId: string): Promise<ProductModel[]> {
  return modelsOf(db, [exhibitorId]);
}

/** The featured model of each of these exhibitors that has one, for the floor plan. */
export async function featuredModelsOf(
  db: Database,
  exhibitorIds: readonly string[],
): Promise<Map<string, FloorBoothModel>> {
  const featured = new Map<string, FloorBoothModel>();
  if (exhibitorIds.length === 0) return featured;
  const rows = await db
    .selectFrom("product_models")
    .select(["exhibitor_id", "file_id", "bounds", "title_ru", "title_en"])
    .where("exhibitor_id", "in", [...new Set(exhibitorIds)])
    .where("featured", "=", 1)
    .execute();
  for (const row of rows) {
    featured.set(row.exhibitor_id, {
      url: `/files/${row.file_id}`,
      bounds: boundsFrom(row.bounds),
      title: { ru: row.title_ru, en: row.title_en },
    });
  }
  return featured;
}

/** Throws immersive.titleRequired unless the title is given in at least one language. */
export function assertTitled(texts: ModelTexts): void {
  if (!texts.title.ru.trim() && !texts.title.en.trim()) throw new AppError("immersive.titleRequired");
}

/** Changes a model's title and description. */
export async function updateModelTexts(
  db: Database,
  exhibitorId: string,
  modelId: string,
  texts: ModelTexts,
  now: Date,
): Promise<void> {
  assertTitled(texts);
  await modelRowOf(db, exhibitorId, modelId);
  await db
    .updateTable("product_models")
    .set({
      ...{ title_ru: texts.title.ru, title_en: texts.title.en },
      ...{ description_ru: texts.description.ru, description_en: texts.description.en },
      updated_at: now.toISOString(),
    })
    .where("id", "=", modelId)
    .where("exhibitor_id", "=", exhibitorId)
    .execute();
}

/** Puts this model (null: none) on the booth's stand; the one featured before stops being featured. */
export async function featureModel(
  db: Database,
  exhibitorId: string,
  modelId: string | null,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (modelId !== null) await modelRowOf(trx, exhibitorId, modelId);
    await unfeatureAll(trx, exhibitorId, now);
    if (modelId === null) return;
    await trx
      .updateTable("product_models")
      .set({ featured: 1, updated_at: now.toISOString() })
      .where("id", "=", modelId)
      .where("exhibitor_id", "=", exhibitorId)
      .execute();
  });
}

/** Takes the exhibitor's featured model (if any) off the stand. */
export async function unfeatureAll(db: Database, exhibitorId: string, now: Date): Promise<void> {
  await db
    .updateTable("product_models")
    .set({ featured: 0, updated_at: now.toISOString() })
    .where("exhibitor_id", "=", exhibitorId)
    .where("featured", "=", 1)
    .execute();
}

/** Puts the exhibitor's models in the given order, which must name each of them exactly once. */
export async function reorderModels(
  db: Database,
  exhibitorId: string,
  modelIds: readonly string[],
  now: Date,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const rows = await trx
      .selectFrom("product_models")
      .select("id")
      .where("exhibitor_id", "=", exhibitorId)
      .execute();
    const own = new Set(rows.map((row) => row.id));
    const given = new Set(modelIds);
    const permutation =
      given.size === modelIds.length && given.size === own.size && modelIds.every((id) => own.has(id));
    if (!permutation) throw new AppError("validation.invalid", "not a permutation of the models");
    for (const [position, id] of modelIds.entries()) {
      await trx
        .updateTable("product_models")
        .set({ position, updated_at: now.toISOString() })
        .where("id", "=", id)
        .where("exhibitor_id", "=", exhibitorId)
        .execute();
    }
  });
}

/** Deletes a model (a featured one leaves the stand empty) and gives back its files' storage. */
export async function removeModel(db: Database, exhibitorId: string, modelId: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const model = await modelRowOf(trx, exhibitorId, modelId);
    await trx
      .deleteFrom("product_models")
      .where("id", "=", modelId)
      .where("exhibitor_id", "=", exhibitorId)
      .execute();
    // A file another model still uses (the same .glb uploaded twice) is kept: the release checks.
    for (const fileId of new Set([model.file_id, model.preview_file_id])) {
      if (fileId) await releaseExhibitorFile(trx, exhibitorId, fileId);
    }
  });
}
