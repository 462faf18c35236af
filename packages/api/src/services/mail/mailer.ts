/**
 * Outgoing e-mail. Every letter is first written to the outbox table (so nothing
 * is lost and organisers can read it in the app when no SMTP server is set up),
 * then handed to SMTP when one is configured.
 */
import type { Database } from "@pavilion/db";
import { createTransport } from "nodemailer";

/** A file sent with a letter; text content (an .ics), kept in the outbox as it is. */
export interface MailAttachment {
  filename: string;
  /** e.g. "text/calendar; charset=utf-8; method=REQUEST" */
  contentType: string;
  content: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  /** Records the letter in the outbox and delivers it if SMTP is configured; never throws on delivery. */
  send(mail: OutgoingMail): Promise<void>;
}

export interface MailerOptions {
  /** smtp://user:pass@host:port or smtps://…; without it mail stays in the outbox. */
  smtpUrl?: string | undefined;
  from: string;
  onDeliveryError?: (error: unknown, mail: OutgoingMail) => void;
  now?: () => Date;
}

/** Makes the mailer the app uses: the outbox always, SMTP when configured. */
export function createMailer(db: Database, options: MailerOptions): Mailer {
  const transport = options.smtpUrl ? createTransport(options.smtpUrl) : null;
  const now = options.now ?? (() => new Date());
  return {
    async send(mail) {
      const id = crypto.randomUUID();
      const messageId = `<${id}@pavilion>`;
      await db
        .insertInto("outbox")
        .values({
          id,
          to_address: mail.to,
          subject: mail.subject,
          text_body: mail.text,
          html_body: mail.html ?? null,
          created_at: now().toISOString(),
          sent_at: null,
          error: null,
          attachments: mail.attachments?.length ? JSON.stringify(mail.attachments) : null,
          message_id: messageId,
        })
        .execute();
      if (!transport) return;
      try {
        await transport.sendMail({ from: options.from, messageId, ...mail });
        await db.updateTable("outbox").set({ sent_at: now().toISOString() }).where("id", "=", id).execute();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await db
          .updateTable("outbox")
          .set({ error: message.slice(0, 500) })
          .where("id", "=", id)
          .execute();
        options.onDeliveryError?.(error, mail);
      }
    },
  };
}
