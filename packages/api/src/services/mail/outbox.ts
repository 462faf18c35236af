import type { Database } from "@pavilion/db";

/** The newest letters in the outbox, for organisers. */
export async function readOutbox(db: Database, limit: number) {
  const rows = await db
    .selectFrom("outbox")
    .select(["id", "to_address", "subject", "text_body", "created_at", "sent_at"])
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  }));
}
