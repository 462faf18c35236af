import type { Database } from "@pavilion/db";
import type { SupportedLocale } from "@pavilion/i18n";

/** What a job handler may use. `db` is the job's transaction: commit happens with marking the job done. */
export interface JobContext {
  db: Database;
  /** The runner's clock (controllable in tests). */
  now: Date;
  /** Where people reach the app, for links in letters. */
  publicUrl: string;
  defaultLocale: SupportedLocale;
}

/** A handler's way to say "not yet": the job goes back to pending for `runAt`, with a new payload. */
export interface JobReschedule {
  runAt: Date;
  payload: Record<string, unknown>;
}

/**
 * Runs one job. Throwing rolls its effects back; the runner retries later with backoff. A
 * handler must re-check that its job still makes sense (the registration may be cancelled).
 * Returning a JobReschedule (in the same transaction) plans the same job again instead of
 * finishing it, e.g. when the event it reminds of has moved.
 */
export type JobHandler = (
  payload: Record<string, unknown>,
  ctx: JobContext,
  // biome-ignore lint/suspicious/noConfusingVoidType: handlers that never reschedule simply return nothing
) => Promise<void | JobReschedule>;
