/**
 * Outgoing e-mail. Every letter is first written to the outbox table (so nothing
 * is lost and organisers can read it in the app when no SMTP server is set up),
 * then handed to SMTP when one is configured; the dispatcher (dispatcher.ts)
 * retries what SMTP did not take.
 */
import type { Database } from "@pavilion/db";
import { retryAt } from "../jobs/backoff.ts";
import { deliverLetter, errorText, MAIL_LEASE_MS, messageIdFor, smtpTransport } from "./delivery.ts";

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

/**
 * Makes the mailer the app uses: the outbox always, SMTP when configured. With SMTP the letter is
 * written already claimed by this send (as the dispatcher claims letters), so the dispatcher
 * never sends it at the same time; a send that fails stays for the dispatcher to retry with backoff.
 */
export function createMailer(db: Database, options: MailerOptions): Mailer {
  const transport = options.smtpUrl ? smtpTransport(options.smtpUrl) : null;
  const now = options.now ?? (() => new Date());
  return {
    async send(mail) {
      const id = crypto.randomUUID();
      const at = now();
      const letter = {
        id,
        to_address: mail.to,
        subject: mail.subject,
        text_body: mail.text,
        html_body: mail.html ?? null,
        attachments: mail.attachments?.length ? JSON.stringify(mail.attachments) : null,
        message_id: messageIdFor(id),
      };
      await db
        .insertInto("outbox")
        .values({
          ...letter,
          ...{ created_at: at.toISOString(), sent_at: null, error: null, dedupe_key: null },
          locked_until: transport ? new Date(at.getTime() + MAIL_LEASE_MS).toISOString() : null,
          attempts: transport ? 1 : 0,
        })
        .execute();
      if (!transport) return;
      try {
        await deliverLetter(transport, options.from, letter);
        await db
          .updateTable("outbox")
          .set({ sent_at: now().toISOString(), error: null, locked_until: null })
          .where("id", "=", id)
          .execute();
      } catch (error) {
        await db
          .updateTable("outbox")
          .set({ error: errorText(error), locked_until: retryAt(now(), 1).toISOString() })
          .where("id", "=", id)
          .execute();
        options.onDeliveryError?.(error, mail);
      }
    },
  };
}
