/** Gives back the storage of files an exhibitor stopped using (a replaced logo or video, a removed material). */
import type { Database } from "@pavilion/db";
import { releaseExhibitorFile } from "../../uploads/index.ts";

/** Releases each file that nothing of the exhibitor (live row, draft, materials) uses any more. */
export async function releaseUnusedFiles(
  db: Database,
  exhibitorId: string,
  fileIds: readonly (string | null)[],
): Promise<void> {
  for (const fileId of new Set(fileIds)) {
    if (fileId) await releaseExhibitorFile(db, exhibitorId, fileId);
  }
}
