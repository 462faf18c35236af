/** Notes the exhibitor's team writes on a lead. */
import type { Database } from "@pavilion/db";
import { leadOfExhibitor } from "./scope.ts";

/** Adds the author's note to the exhibitor's lead; NotFoundError for another exhibitor's lead. */
export async function addLeadNote(
  db: Database,
  exhibitorId: string,
  leadId: string,
  authorId: string,
  body: string,
  now: Date,
): Promise<void> {
  const lead = await leadOfExhibitor(db, exhibitorId, leadId);
  await db
    .insertInto("lead_notes")
    .values({
      id: crypto.randomUUID(),
      lead_id: lead.id,
      author_id: authorId,
      body,
      created_at: now.toISOString(),
    })
    .execute();
}
