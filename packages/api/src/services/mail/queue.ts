import type { Database } from "@pavilion/db";
import { messageIdFor } from "./delivery.ts";
import type { OutgoingMail } from "./mailer.ts";

/**
 * Writes a letter to the outbox inside the caller's transaction, for the dispatcher to deliver.
 * With a dedupe key the same letter is never written twice (a job's reminder, say).
 */
export async function queueMail(
  db: Database,
  mail: OutgoingMail,
  now: Date,
  dedupeKey?: string,
): Promise<void> {
  const id = crypto.randomUUID();
  await db
    .insertInto("outbox")
    .values({
      id,
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html ?? null,
      created_at: now.toISOString(),
      sent_at: null,
      error: null,
      attachments: mail.attachments?.length ? JSON.stringify(mail.attachments) : null,
      message_id: messageIdFor(id),
      locked_until: null,
      dedupe_key: dedupeKey ?? null,
    })
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .execute();
}
