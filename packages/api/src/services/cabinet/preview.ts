/** The booth as it will look once the draft is approved. */
import type { Database } from "@pavilion/db";
import type { BoothPage } from "@pavilion/schema";
import { previewBoothPage } from "../booth/page.ts";
import { loadDraft } from "./draft.ts";

/** The booth page built from the draft and every published material, approved or not. */
export async function draftPreview(db: Database, exhibitorId: string, now: Date): Promise<BoothPage> {
  return previewBoothPage(db, exhibitorId, await loadDraft(db, exhibitorId), now);
}
