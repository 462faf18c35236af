/**
 * Presence checked against LiveKit every minute while LiveKit is on, so a lost webhook is
 * repaired within a minute (reconcileRooms). One run at a time: a slow run delays the next,
 * runs never overlap. The timer does not keep the process alive.
 */
import { reconcileRooms } from "@pavilion/api";
import type { Database } from "@pavilion/db";
import type { LiveRoomService } from "@pavilion/livekit";

/** How often presence is reconciled. */
export const RECONCILE_EVERY_MS = 60_000;

interface Log {
  debug(details: object, message: string): void;
  warn(details: { err: unknown }, message: string): void;
}

export interface Reconciliation {
  /** Runs once now (waiting for a run in progress instead of starting another). */
  runNow(): Promise<void>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/** Starts reconciling every `everyMs`; the first run is after one interval. */
export function startReconciliation(options: {
  db: Database;
  rooms: LiveRoomService;
  now: () => Date;
  log: Log;
  everyMs?: number;
}): Reconciliation {
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const run = (): Promise<void> => {
    running ??= reconcileRooms(options.db, options.rooms, options.now())
      .then(
        (result) => options.log.debug(result, "presence reconciled with LiveKit"),
        (error: unknown) => options.log.warn({ err: error }, "could not reconcile presence with LiveKit"),
      )
      .finally(() => {
        running = null;
      });
    return running;
  };
  // The next run is scheduled when this one ends, so runs never overlap.
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void run().then(schedule), options.everyMs ?? RECONCILE_EVERY_MS);
    timer.unref();
  };
  schedule();
  return {
    runNow: run,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
