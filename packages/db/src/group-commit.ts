/**
 * Group commit: many small write transactions that arrive together share one commit. On SQLite a
 * durable commit waits for an fsync (about 2 ms here) while the one Node thread waits with it, so
 * at hundreds of chat messages a second the fsyncs alone would fill the thread. Each piece of work
 * still runs alone, in its own savepoint: a piece that throws is rolled back by itself and its
 * caller gets the error; the others commit. A caller's promise settles only after the commit, so
 * nothing is reported stored before it is durable.
 */
import type { Kysely } from "kysely";

export interface GroupCommit<DB> {
  /** Runs `work` in a transaction shared with the writes around it; resolves once committed. */
  run<T>(work: (trx: Kysely<DB>) => Promise<T>): Promise<T>;
}

interface Pending<DB> {
  work: (trx: Kysely<DB>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const writers = new WeakMap<object, GroupCommit<unknown>>();

/** The group-commit writer of this database handle (one per handle, so everything shares it). */
export function groupCommit<DB>(db: Kysely<DB>): GroupCommit<DB> {
  let writer = writers.get(db) as GroupCommit<DB> | undefined;
  if (!writer) {
    writer = createGroupCommit(db);
    writers.set(db, writer as GroupCommit<unknown>);
  }
  return writer;
}

/** A writer that commits whatever queued up while the previous commit ran, up to `maxBatch` at a time. */
export function createGroupCommit<DB>(db: Kysely<DB>, maxBatch = 256): GroupCommit<DB> {
  const queue: Pending<DB>[] = [];
  let flushing = false;

  const schedule = () => {
    if (flushing || queue.length === 0) return;
    flushing = true;
    // Let the requests already waiting in this turn of the event loop join the batch.
    setImmediate(() => void flush());
  };

  async function runBatch(batch: Pending<DB>[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    const trx = await db.startTransaction().execute();
    try {
      for (const item of batch) {
        const piece = await trx.savepoint("piece").execute();
        try {
          outcomes.push({ ok: true, value: await item.work(piece) });
        } catch (error) {
          await piece.rollbackToSavepoint("piece").execute();
          outcomes.push({ ok: false, error });
        }
        await piece.releaseSavepoint("piece").execute();
      }
      await trx.commit().execute();
    } catch (error) {
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      throw error;
    }
    return outcomes;
  }

  async function flush(): Promise<void> {
    const batch = queue.splice(0, maxBatch);
    try {
      const outcomes = await runBatch(batch);
      batch.forEach((item, i) => {
        const outcome = outcomes[i] as Outcome;
        if (outcome.ok) item.resolve(outcome.value);
        else item.reject(outcome.error);
      });
    } catch (error) {
      for (const item of batch) item.reject(error);
    } finally {
      flushing = false;
      schedule();
    }
  }

  return {
    run<T>(work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        schedule();
      });
    },
  };
}
