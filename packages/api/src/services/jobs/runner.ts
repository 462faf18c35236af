/**
 * Runs due jobs exactly once, however many runners (processes) poll the same database and
 * whenever one of them dies.
 *
 * 1. Claim: a conditional UPDATE takes a due pending job, or a running one whose holder's lease
 *    ran out (that runner died), and stamps a new lease (locked_until). Only one claimant's
 *    UPDATE matches; the others see 0 rows and move on.
 * 2. Run: one transaction first marks the job done *guarded by this lease* (so a runner whose
 *    lease was taken over cannot commit too; on PostgreSQL the row lock also holds off a
 *    claimant until this transaction ends), then runs the handler with that transaction as its
 *    database. A crash before commit leaves the job running with an expiring lease and none of
 *    the handler's writes; after commit the job is done along with its effects.
 * 3. Fail: a handler that throws rolls everything back; the job returns to pending after a
 *    backoff (1 min, 5 min, 30 min, then 2 h) and fails for good after MAX_ATTEMPTS claims.
 */
import type { Database } from "@pavilion/db";
import type { SupportedLocale } from "@pavilion/i18n";
import { sql } from "kysely";
import { retryAt } from "./backoff.ts";
import { repeatingPass } from "./repeating-pass.ts";
import type { JobHandler } from "./types.ts";

/** Claims of one job before it is given up (a crash mid-run counts as one). */
export const MAX_JOB_ATTEMPTS = 8;
/** How long a runner holds a job it claimed; longer than any handler should take. */
export const DEFAULT_JOB_LEASE_MS = 5 * 60_000;
const BATCH = 20;
/** Jobs one runDue runs at most, so a handler that keeps rescheduling itself cannot spin forever. */
const MAX_PER_RUN = 500;

export interface ClaimedJob {
  id: string;
  kind: string;
  dedupeKey: string;
  attempts: number;
}

export interface JobRunnerOptions {
  db: Database;
  handlers: Record<string, JobHandler>;
  now: () => Date;
  leaseMs?: number;
  publicUrl: string;
  defaultLocale: SupportedLocale;
  /** Told after a pass that finished jobs (e.g. to deliver the letters they queued right away). */
  onFinished?: (count: number) => void;
  /** Told about every failed run (the job is retried unless `gaveUp`); job is null when polling failed. */
  onError?: (error: unknown, job: (ClaimedJob & { gaveUp: boolean }) | null) => void;
}

export interface JobRunner {
  /** Runs every job due now (as many as one pass finds); resolves with how many finished. */
  runDue(): Promise<number>;
  /** Calls runDue every `intervalMs` (runs never overlap); the timer does not keep the process alive. */
  start(intervalMs: number): void;
  /** Stops the timer and waits for the run in progress. */
  stop(): Promise<void>;
}

class LeaseLost extends Error {
  override name = "LeaseLost";
}

/** Makes a runner over the jobs table for the handlers' kinds (other kinds are left for other runners). */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, handlers } = options;
  const kinds = Object.keys(handlers);
  const leaseMs = options.leaseMs ?? DEFAULT_JOB_LEASE_MS;

  async function dueIds(nowIso: string): Promise<string[]> {
    if (kinds.length === 0) return [];
    const rows = await db
      .selectFrom("jobs")
      .select("id")
      .where("kind", "in", kinds)
      .where((eb) =>
        eb.or([
          eb.and([eb("state", "=", "pending"), eb("run_at", "<=", nowIso)]),
          eb.and([eb("state", "=", "running"), eb("locked_until", "<", nowIso)]),
        ]),
      )
      .orderBy("run_at")
      .limit(BATCH)
      .execute();
    return rows.map((row) => row.id);
  }

  /** Takes the job with a lease unless another runner holds it or it is no longer due. */
  async function claim(id: string, now: Date, lease: string) {
    const nowIso = now.toISOString();
    return db
      .updateTable("jobs")
      .set({ state: "running", locked_until: lease, attempts: sql<number>`attempts + 1` })
      .where("id", "=", id)
      .where((eb) =>
        eb.or([
          eb.and([eb("state", "=", "pending"), eb("run_at", "<=", nowIso)]),
          eb.and([eb("state", "=", "running"), eb("locked_until", "<", nowIso)]),
        ]),
      )
      .returning(["id", "kind", "dedupe_key", "payload", "attempts"])
      .executeTakeFirst();
  }

  /** Claims and runs one job; true when it finished (done or rescheduled) in this runner. */
  async function runOne(id: string): Promise<boolean> {
    const now = options.now();
    const lease = new Date(now.getTime() + leaseMs).toISOString();
    const row = await claim(id, now, lease);
    if (!row) return false;
    const job = { id: row.id, kind: row.kind, dedupeKey: row.dedupe_key, attempts: row.attempts };
    const handler = handlers[row.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${row.kind}`);
      await db.transaction().execute(async (trx) => {
        const mine = await trx
          .updateTable("jobs")
          .set({ state: "done", finished_at: now.toISOString(), locked_until: null, last_error: null })
          .where("id", "=", id)
          .where("state", "=", "running")
          .where("locked_until", "=", lease)
          .executeTakeFirst();
        if (Number(mine.numUpdatedRows) !== 1) throw new LeaseLost(`job ${id} was taken over`);
        const payload = JSON.parse(row.payload) as Record<string, unknown>;
        const context = { db: trx, now, publicUrl: options.publicUrl, defaultLocale: options.defaultLocale };
        const again = await handler(payload, context);
        if (again) {
          await trx
            .updateTable("jobs")
            .set({
              state: "pending",
              run_at: again.runAt.toISOString(),
              payload: JSON.stringify(again.payload),
            })
            .set({ attempts: 0, finished_at: null })
            .where("id", "=", id)
            .execute();
        }
      });
      return true;
    } catch (error) {
      if (error instanceof LeaseLost) return false;
      const gaveUp = job.attempts >= MAX_JOB_ATTEMPTS;
      await recordFailure(job, lease, error, gaveUp);
      options.onError?.(error, { ...job, gaveUp });
      return false;
    }
  }

  async function recordFailure(job: ClaimedJob, lease: string, error: unknown, gaveUp: boolean) {
    const now = options.now();
    const message = error instanceof Error ? error.message : String(error);
    await db
      .updateTable("jobs")
      .set({ last_error: message.slice(0, 1000), locked_until: null })
      .set(
        gaveUp
          ? { state: "failed", finished_at: now.toISOString() }
          : { state: "pending", run_at: retryAt(now, job.attempts).toISOString() },
      )
      .where("id", "=", job.id)
      .where("state", "=", "running")
      .where("locked_until", "=", lease)
      .execute();
  }

  async function runDue(): Promise<number> {
    let finished = 0;
    let tried = 0;
    for (;;) {
      // Claimed jobs (here or elsewhere) and failed ones are no longer due, so each pass moves on.
      const ids = await dueIds(options.now().toISOString());
      for (const id of ids) {
        tried += 1;
        if (await runOne(id)) finished += 1;
        if (tried >= MAX_PER_RUN) break;
      }
      if (tried >= MAX_PER_RUN) break;
      if (ids.length < BATCH) break;
    }
    if (finished > 0) options.onFinished?.(finished);
    return finished;
  }

  const repeating = repeatingPass(runDue, (error) => options.onError?.(error, null));
  return { runDue, start: repeating.start, stop: repeating.stop };
}
