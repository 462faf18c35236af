/** Product model rows as the cabinet, the booth page and the floor see them. */
import type { Database } from "@pavilion/db";
import { type ModelBounds, modelBoundsSchema, type ProductModel } from "@pavilion/schema";
import { NotFoundError } from "../../errors.ts";

const fileUrl = (fileId: string): string => `/files/${fileId}`;

/** The box stored as JSON; a unit box if the row holds something else (it never should). */
export function boundsFrom(json: string): ModelBounds {
  try {
    return modelBoundsSchema.parse(JSON.parse(json));
  } catch {
    return { min: [-0.5, 0, -0.5], max: [0.5, 1, 0.5] };
  }
}

/** The models of these exhibitors in their order (one exhibitor: its cabinet list or booth page). */
export async function modelsOf(db: Database, exhibitorIds: readonly string[]): Promise<ProductModel[]> {
  if (exhibitorIds.length === 0) return [];
  const rows = await db
    .selectFrom("product_models as m")
    .innerJoin("files", "files.id", "m.file_id")
    .select(["m.id", "m.exhibitor_id", "m.title_ru", "m.title_en", "m.description_ru", "m.description_en"])
    .select(["m.file_id", "m.preview_file_id", "m.original_name", "m.triangles", "m.bounds", "m.featured"])
    .select("files.size")
    .where("m.exhibitor_id", "in", exhibitorIds)
    .orderBy("m.exhibitor_id")
    .orderBy("m.position")
    .orderBy("m.id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    exhibitorId: row.exhibitor_id,
    title: { ru: row.title_ru, en: row.title_en },
    description: { ru: row.description_ru, en: row.description_en },
    url: fileUrl(row.file_id),
    previewUrl: row.preview_file_id ? fileUrl(row.preview_file_id) : null,
    sizeBytes: Number(row.size),
    triangles: Number(row.triangles),
    bounds: boundsFrom(row.bounds),
    featured: row.featured === 1,
    originalName: row.original_name,
  }));
}

/** A model of this exhibitor (its files); NotFoundError for another exhibitor's or none. */
export async function modelRowOf(db: Database, exhibitorId: string, modelId: string) {
  const row = await db
    .selectFrom("product_models")
    .select(["id", "file_id", "preview_file_id", "featured"])
    .where("id", "=", modelId)
    .where("exhibitor_id", "=", exhibitorId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("model");
  return row;
}

/** How many models the exhibitor keeps. */
export async function modelCount(db: Database, exhibitorId: string): Promise<number> {
  const row = await db
    .selectFrom("product_models")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("exhibitor_id", "=", exhibitorId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
