/** Handing one outbox letter to SMTP: the transport both the mailer and the dispatcher use. */
import { createTransport, type Transporter } from "nodemailer";
import type { MailAttachment } from "./mailer.ts";

/** How long a sender holds a letter it claimed; well above the SMTP timeouts below. */
export const MAIL_LEASE_MS = 5 * 60_000;

/** An SMTP transport that gives up on a dead server within a minute instead of ten. */
export function smtpTransport(url: string): Transporter {
  return createTransport({ url, connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 });
}

/** An outbox row as SMTP needs it. */
export interface OutboxLetter {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  attachments: string | null;
  message_id: string | null;
}

/** The Message-ID a letter keeps across every retry, so a repeat is the same letter to mail clients. */
export function messageIdFor(outboxId: string): string {
  return `<${outboxId}@pavilion>`;
}

/** Sends the letter with its stable Message-ID and its attachments; throws when SMTP refuses it. */
export async function deliverLetter(transport: Transporter, from: string, letter: OutboxLetter) {
  const attachments = letter.attachments ? (JSON.parse(letter.attachments) as MailAttachment[]) : [];
  await transport.sendMail({
    from,
    to: letter.to_address,
    subject: letter.subject,
    text: letter.text_body,
    ...(letter.html_body ? { html: letter.html_body } : {}),
    messageId: letter.message_id ?? messageIdFor(letter.id),
    attachments: attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: a.content,
    })),
  });
}

/** The first 500 characters of what went wrong, for the outbox's error column. */
export function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}
