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

/**
 * Runs one job. Throwing rolls its effects back; the runner retries later with backoff. A
 * handler must re-check that its job still makes sense (the registration may be cancelled).
 */
export type JobHandler = (payload: Record<string, unknown>, ctx: JobContext) => Promise<void>;
