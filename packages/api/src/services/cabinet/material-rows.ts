/** An exhibitor's materials as its cabinet and the organisers' review show them. */
import type { Database } from "@pavilion/db";
import type { CabinetMaterial } from "@pavilion/schema";
import { NotFoundError } from "../../errors.ts";

const fileUrl = (fileId: string | null): string | null => (fileId ? `/files/${fileId}` : null);
const webLink = (url: string | null): string | null =>
  url !== null && /^https?:\/\//i.test(url) ? url : null;

/** The exhibitor's materials in their order; only those waiting for approval when `pendingOnly`. */
export async function cabinetMaterials(
  db: Database,
  exhibitorId: string,
  options: { pendingOnly?: boolean } = {},
): Promise<CabinetMaterial[]> {
  let query = db
    .selectFrom("materials")
    .leftJoin("files", "files.id", "materials.file_id")
    .select(["materials.id", "materials.kind", "materials.file_id", "materials.url", "materials.file_name"])
    .select(["materials.title_ru", "materials.title_en", "materials.description_ru"])
    .select(["materials.description_en", "materials.published", "materials.approved"])
    .select(["materials.position", "files.size", "files.poster_file_id"])
    .where("materials.exhibitor_id", "=", exhibitorId);
  if (options.pendingOnly) query = query.where("materials.approved", "=", 0);
  const rows = await query.orderBy("materials.position").orderBy("materials.id").execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: { ru: row.title_ru, en: row.title_en },
    description: { ru: row.description_ru, en: row.description_en },
    fileName: row.file_name,
    size: row.size === null || row.size === undefined ? null : Number(row.size),
    url: row.file_id ? fileUrl(row.file_id) : webLink(row.url),
    previewUrl: row.kind === "image" ? fileUrl(row.file_id) : fileUrl(row.poster_file_id ?? null),
    published: row.published === 1,
    approved: row.approved === 1,
    position: row.position,
  }));
}

/** How many materials of the exhibitor wait for an organiser's approval. */
export async function pendingMaterialCount(db: Database, exhibitorId: string): Promise<number> {
  const row = await db
    .selectFrom("materials")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("exhibitor_id", "=", exhibitorId)
    .where("approved", "=", 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A material of this exhibitor; NotFoundError for one of another exhibitor or none. */
export async function materialOf(db: Database, exhibitorId: string, materialId: string) {
  const material = await db
    .selectFrom("materials")
    .select(["id", "kind", "file_id", "title_ru", "title_en", "description_ru", "description_en"])
    .where("id", "=", materialId)
    .where("exhibitor_id", "=", exhibitorId)
    .executeTakeFirst();
  if (!material) throw new NotFoundError("material");
  return material;
}
