/**
 * Delivers what waits in the outbox: letters queued by jobs and transactions (queueMail), and
 * letters the mailer could not hand over at once. Any number of dispatchers may poll the same
 * database: each letter is first claimed with a lease (a conditional UPDATE of locked_until,
 * attempts + 1), so only one sends it at a time; a failed send stores the error and sets
 * locked_until to the retry time (1 min, 5 min, 30 min, then every 2 h) until MAX attempts.
 *
 * The one window no database can close: SMTP accepted the letter and the process died before
 * sent_at was written. After the lease, another dispatcher sends it once more, with the SAME
 * Message-ID (kept in the row), which mail clients and most servers treat as one letter.
 */
import type { Database } from "@pavilion/db";
import { sql } from "kysely";
import type { Transporter } from "nodemailer";
import { retryAt } from "../jobs/backoff.ts";
import { repeatingPass } from "../jobs/repeating-pass.ts";
import { deliverLetter, errorText, MAIL_LEASE_MS, smtpTransport } from "./delivery.ts";

/** Tries per letter before it is left in the outbox with its error (about a day of retries). */
export const MAX_MAIL_ATTEMPTS = 12;
/** Older undelivered letters are not sent any more (a password link from last month helps nobody). */
export const MAIL_MAX_AGE_MS = 2 * 24 * 3_600_000;
const BATCH = 20;

export interface MailDispatcherOptions {
  db: Database;
  smtpUrl: string;
  from: string;
  now: () => Date;
  leaseMs?: number;
  /** Told about each failed delivery (`gaveUp` when it was the last try); letter is null when polling failed. */
  onError?: (
    error: unknown,
    letter: { id: string; to: string; attempts: number; gaveUp: boolean } | null,
  ) => void;
}

export interface MailDispatcher {
  /** Sends every letter due now; resolves with how many were delivered. */
  deliverDue(): Promise<number>;
  /** Delivers every `intervalMs` (never two passes at once); the timer does not keep the process alive. */
  start(intervalMs: number): void;
  /** Starts a pass now, e.g. right after a letter was queued (or one more after the pass in progress). */
  wake(): Promise<number>;
  /** Stops the timer, waits for the pass in progress and closes the SMTP connection. */
  stop(): Promise<void>;
}

/** Makes a dispatcher for the outbox over one SMTP server. */
export function createMailDispatcher(options: MailDispatcherOptions): MailDispatcher {
  const { db } = options;
  const transport: Transporter = smtpTransport(options.smtpUrl);
  const leaseMs = options.leaseMs ?? MAIL_LEASE_MS;

  async function dueIds(now: Date): Promise<string[]> {
    const rows = await db
      .selectFrom("outbox")
      .select("id")
      .where("sent_at", "is", null)
      .where("attempts", "<", MAX_MAIL_ATTEMPTS)
      .where("created_at", ">", new Date(now.getTime() - MAIL_MAX_AGE_MS).toISOString())
      .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", now.toISOString())]))
      .orderBy("created_at")
      .limit(BATCH)
      .execute();
    return rows.map((row) => row.id);
  }

  /** Takes the letter with a lease unless another sender holds it; returns it when taken. */
  async function claim(id: string, now: Date) {
    return db
      .updateTable("outbox")
      .set({
        locked_until: new Date(now.getTime() + leaseMs).toISOString(),
        attempts: sql<number>`attempts + 1`,
      })
      .where("id", "=", id)
      .where("sent_at", "is", null)
      .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", now.toISOString())]))
      .returning(["id", "to_address", "subject", "text_body", "html_body", "attachments", "message_id"])
      .returning("attempts")
      .executeTakeFirst();
  }

  async function deliverOne(id: string): Promise<boolean> {
    const letter = await claim(id, options.now());
    if (!letter) return false;
    try {
      await deliverLetter(transport, options.from, letter);
    } catch (error) {
      const gaveUp = letter.attempts >= MAX_MAIL_ATTEMPTS;
      await db
        .updateTable("outbox")
        .set({ error: errorText(error), locked_until: retryAt(options.now(), letter.attempts).toISOString() })
        .where("id", "=", id)
        .where("sent_at", "is", null)
        .execute();
      options.onError?.(error, { id, to: letter.to_address, attempts: letter.attempts, gaveUp });
      return false;
    }
    await db
      .updateTable("outbox")
      .set({ sent_at: options.now().toISOString(), error: null, locked_until: null })
      .where("id", "=", id)
      .execute();
    return true;
  }

  async function deliverDue(): Promise<number> {
    let delivered = 0;
    for (;;) {
      // Claimed letters (here or elsewhere) and failed ones are not due any more, so passes move on.
      const ids = await dueIds(options.now());
      for (const id of ids) if (await deliverOne(id)) delivered += 1;
      if (ids.length < BATCH) return delivered;
    }
  }

  const repeating = repeatingPass(deliverDue, (error) => options.onError?.(error, null));
  return {
    deliverDue,
    // A letter queued while a pass runs gets one more pass right after it, not the timer's.
    wake: repeating.run,
    start: repeating.start,
    async stop() {
      await repeating.stop();
      transport.close();
    },
  };
}
