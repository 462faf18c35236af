/**
 * The server's background work: the job runner (reminders, decision deadlines), the analytics
 * rollup (activity → counters and leads), the CRM webhook dispatcher and, with SMTP, the outbox
 * dispatcher, each every few seconds. The rollup's cursor and the deliveries' leases make
 * several processes safe too. Every process may run them: jobs and letters
 * are claimed with leases in the database, so each runs (is sent) once however many processes
 * poll. Letters a job queued are delivered right after it, not at the next tick.
 */
import {
  appJobHandlers,
  createJobRunner,
  createMailDispatcher,
  type MailDispatcher,
  startAnalyticsRollup,
  startCrmDispatcher,
} from "@pavilion/api";
import type { Database } from "@pavilion/db";
import { defaultLocale } from "@pavilion/i18n";

/** How often due jobs and undelivered letters are looked for. */
export const JOBS_EVERY_MS = 5_000;

interface Log {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface BackgroundJobs {
  /** Runs due jobs and delivers due letters now. */
  runNow(): Promise<void>;
  /** Stops both timers and waits for the job and the letter in flight. */
  stop(): Promise<void>;
}

/** Starts the job runner, and the dispatcher when SMTP is configured. */
export function startBackgroundJobs(options: {
  db: Database;
  now: () => Date;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  log: Log;
  everyMs?: number;
}): BackgroundJobs {
  const everyMs = options.everyMs ?? JOBS_EVERY_MS;
  let dispatcher: MailDispatcher | null = null;
  if (options.smtpUrl) {
    dispatcher = createMailDispatcher({
      ...{ db: options.db, smtpUrl: options.smtpUrl, from: options.mailFrom, now: options.now },
      onError: (err, letter) =>
        letter
          ? options.log.warn(
              { err, ...letter },
              letter.gaveUp ? "gave up a letter" : "letter kept for a retry",
            )
          : options.log.error({ err }, "could not read the outbox"),
    });
  }
  const runner = createJobRunner({
    ...{ db: options.db, handlers: appJobHandlers(), now: options.now },
    ...{ publicUrl: options.publicUrl, defaultLocale },
    onFinished: () => void dispatcher?.wake(),
    onError: (err, job) =>
      job
        ? options.log.warn({ err, ...job }, job.gaveUp ? "job failed for good" : "job failed, will retry")
        : options.log.error({ err }, "could not read the jobs"),
  });
  runner.start(everyMs);
  dispatcher?.start(everyMs);
  const stopRollup = startAnalyticsRollup({
    ...{ db: options.db, now: options.now, intervalMs: everyMs },
    onError: (err) => options.log.error({ err }, "analytics rollup failed"),
  });
  const stopCrm = startCrmDispatcher({
    ...{ db: options.db, now: options.now, intervalMs: everyMs },
    onError: (err) => options.log.error({ err }, "could not read the CRM webhook deliveries"),
  });
  return {
    async runNow() {
      await runner.runDue();
      await dispatcher?.wake();
    },
    async stop() {
      await runner.stop();
      await dispatcher?.stop();
      await stopRollup();
      await stopCrm();
    },
  };
}
