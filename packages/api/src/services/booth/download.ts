/**
 * Downloading a material's file: who may see it, and a row of activity when a visitor
 * takes it (the exhibitor's leads). Staff of the exhibitor and organisers may download
 * drafts too, without being counted.
 */
import type { Database } from "@pavilion/db";
import type { SessionUser } from "@pavilion/schema";
import { sanitizeFileName } from "../../uploads/file-name.ts";

/** What the HTTP layer needs to send the file. */
export interface MaterialDownload {
  fileId: string;
  mime: string;
  size: number;
  /** Sanitised, for Content-Disposition. */
  fileName: string;
}

/**
 * The material's file when the viewer may have it, else null (unknown and hidden
 * materials look the same). A signed-in visitor's download is recorded as activity.
 */
export async function openMaterialDownload(
  db: Database,
  materialId: string,
  viewer: SessionUser | null,
  now: Date,
): Promise<MaterialDownload | null> {
  const row = await db
    .selectFrom("materials")
    .innerJoin("exhibitors", "exhibitors.id", "materials.exhibitor_id")
    .innerJoin("files", "files.id", "materials.file_id")
    .select(["materials.id", "materials.exhibitor_id", "materials.file_name", "materials.published"])
    .select(["materials.approved", "materials.title_en", "exhibitors.status", "exhibitors.exhibition_id"])
    .select(["files.id as file_id", "files.mime", "files.size"])
    .where("materials.id", "=", materialId)
    .executeTakeFirst();
  if (!row) return null;
  const insider =
    viewer !== null &&
    (viewer.role === "organiser" || viewer.memberships.some((m) => m.exhibitorId === row.exhibitor_id));
  const visible = row.published === 1 && row.approved === 1 && row.status === "approved";
  if (!visible && !insider) return null;
  const fileName = sanitizeFileName(row.file_name ?? row.title_en);
  if (viewer && !insider) {
    await db
      .insertInto("activity")
      .values({
        ...{ occurred_at: now.toISOString(), user_id: viewer.id, exhibition_id: row.exhibition_id },
        ...{ exhibitor_id: row.exhibitor_id, event_id: null, material_id: row.id },
        ...{ kind: "material.download", data: JSON.stringify({ fileName }) },
      })
      .execute();
  }
  return { fileId: row.file_id, mime: row.mime, size: Number(row.size), fileName };
}
