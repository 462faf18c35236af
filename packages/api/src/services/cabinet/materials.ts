/**
 * An exhibitor's materials. New ones and ones whose texts change wait for an organiser's
 * approval; publishing, hiding and reordering take effect at once.
 */
import type { Database, MaterialKind } from "@pavilion/db";
import type { BilingualText } from "@pavilion/schema";
import { AppError } from "../../errors.ts";
import { inTransaction } from "../floor/placement.ts";
import { releaseUnusedFiles } from "./file-usage.ts";
import { materialOf } from "./material-rows.ts";

/** A material's title and description in both languages. */
export interface MaterialTexts {
  title: BilingualText;
  description: BilingualText;
}

/** What a new material is: an uploaded file (kept already) or a web link. */
export type NewMaterial =
  | { kind: Exclude<MaterialKind, "link">; fileId: string; fileName: string }
  | { kind: "link"; url: string };

/** Adds a material after the others, published and waiting for approval; returns its id. */
export async function addMaterial(
  db: Database,
  exhibitorId: string,
  material: NewMaterial,
  texts: MaterialTexts,
  now: Date,
): Promise<string> {
  const id = crypto.randomUUID();
  await inTransaction(db, async (trx) => {
    const last = await trx
      .selectFrom("materials")
      .select((eb) => eb.fn.max("position").as("position"))
      .where("exhibitor_id", "=", exhibitorId)
      .executeTakeFirst();
    const position = last?.position === null || last?.position === undefined ? 0 : Number(last.position) + 1;
    const file =
      material.kind === "link"
        ? { file_id: null, url: material.url, file_name: null }
        : { file_id: material.fileId, url: null, file_name: material.fileName };
    await trx
      .insertInto("materials")
      .values({
        ...{ id, exhibitor_id: exhibitorId, kind: material.kind, ...file },
        ...{ title_ru: texts.title.ru, title_en: texts.title.en },
        ...{ description_ru: texts.description.ru, description_en: texts.description.en },
        ...{ position, published: 1, approved: 0, created_at: now.toISOString() },
        updated_at: now.toISOString(),
      })
      .execute();
  });
  return id;
}

/** Changes a material's texts; changed texts wait for approval again. */
export async function updateMaterialTexts(
  db: Database,
  exhibitorId: string,
  materialId: string,
  texts: MaterialTexts,
  now: Date,
): Promise<void> {
  const current = await materialOf(db, exhibitorId, materialId);
  const next = {
    ...{ title_ru: texts.title.ru, title_en: texts.title.en },
    ...{ description_ru: texts.description.ru, description_en: texts.description.en },
  };
  const changed = (Object.keys(next) as (keyof typeof next)[]).some((key) => current[key] !== next[key]);
  if (!changed) return;
  await db
    .updateTable("materials")
    .set({ ...next, approved: 0, updated_at: now.toISOString() })
    .where("id", "=", materialId)
    .where("exhibitor_id", "=", exhibitorId)
    .execute();
}

/** Shows a material to visitors (once approved) or hides it. */
export async function setMaterialPublished(
  db: Database,
  exhibitorId: string,
  materialId: string,
  published: boolean,
  now: Date,
): Promise<void> {
  await materialOf(db, exhibitorId, materialId);
  await db
    .updateTable("materials")
    .set({ published: published ? 1 : 0, updated_at: now.toISOString() })
    .where("id", "=", materialId)
    .where("exhibitor_id", "=", exhibitorId)
    .execute();
}

/** Puts the exhibitor's materials in the given order, which must name each of them exactly once. */
export async function reorderMaterials(
  db: Database,
  exhibitorId: string,
  materialIds: readonly string[],
  now: Date,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const rows = await trx
      .selectFrom("materials")
      .select("id")
      .where("exhibitor_id", "=", exhibitorId)
      .execute();
    const own = new Set(rows.map((row) => row.id));
    const given = new Set(materialIds);
    const permutation =
      given.size === materialIds.length && given.size === own.size && materialIds.every((id) => own.has(id));
    if (!permutation) throw new AppError("validation.invalid", "not a permutation of the materials");
    for (const [position, id] of materialIds.entries()) {
      await trx
        .updateTable("materials")
        .set({ position, updated_at: now.toISOString() })
        .where("id", "=", id)
        .where("exhibitor_id", "=", exhibitorId)
        .execute();
    }
  });
}

/** Deletes a material and gives back its file's storage when nothing else uses the file. */
export async function removeMaterial(db: Database, exhibitorId: string, materialId: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const material = await materialOf(trx, exhibitorId, materialId);
    await trx
      .deleteFrom("materials")
      .where("id", "=", materialId)
      .where("exhibitor_id", "=", exhibitorId)
      .execute();
    await releaseUnusedFiles(trx, exhibitorId, [material.file_id]);
  });
}
