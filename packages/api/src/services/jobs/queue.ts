/**
 * Durable jobs: a row in `jobs` per thing to do later. Planning is idempotent (one job per
 * dedupe key, ever), so code may plan the same job again without doubling it. The runner
 * (runner.ts) claims due jobs with a lease and runs each handler in one transaction with
 * marking it done, so a job's database effects (e.g. a letter queued in the outbox) happen once.
 */
import type { Database } from "@pavilion/db";

export interface PlannedJob {
  kind: string;
  /** One job per key, ever: e.g. "reminder:final:<registrationId>". */
  dedupeKey: string;
  runAt: Date;
  payload: Record<string, unknown>;
}

/**
 * Plans a job unless one with its key exists; when a pending one exists, moves it to the new time;
 * a cancelled one is planned again (a registration accepted again). A job that ran stays done.
 */
export async function enqueueJob(db: Database, job: PlannedJob, now: Date): Promise<void> {
  await db
    .insertInto("jobs")
    .values({
      id: crypto.randomUUID(),
      kind: job.kind,
      dedupe_key: job.dedupeKey,
      payload: JSON.stringify(job.payload),
      run_at: job.runAt.toISOString(),
      state: "pending",
      locked_until: null,
      last_error: null,
      created_at: now.toISOString(),
      finished_at: null,
    })
    .onConflict((oc) =>
      oc
        .column("dedupe_key")
        .doUpdateSet({
          ...{ run_at: job.runAt.toISOString(), payload: JSON.stringify(job.payload), state: "pending" },
          ...{ attempts: 0, locked_until: null, last_error: null, finished_at: null },
        })
        .where("jobs.state", "in", ["pending", "cancelled"]),
    )
    .execute();
}

/** Cancels pending jobs whose key starts with `prefix` (e.g. every reminder of a cancelled registration). */
export async function cancelPendingJobs(db: Database, prefix: string, now: Date): Promise<void> {
  await db
    .updateTable("jobs")
    .set({ state: "cancelled", finished_at: now.toISOString() })
    .where("dedupe_key", "like", `${prefix.replace(/[%_]/g, "")}%`)
    .where("state", "=", "pending")
    .execute();
}
