/**
 * The rollup in the background: every few seconds each server process counts what was recorded
 * since (readers also catch up before they read, so this only keeps the backlog short). Passes
 * never overlap within a process; the cursor lock keeps processes from counting a row twice.
 */
import type { Database } from "@pavilion/db";
import { repeatingPass } from "../jobs/repeating-pass.ts";
import { catchUpAnalytics } from "./rollup.ts";

/** How often the background pass runs unless told otherwise. */
export const ANALYTICS_EVERY_MS = 5_000;
/** Rows one pass counts at most, so a long backlog is worked off in steps that let readers in. */
const ROWS_PER_PASS = 50_000;

/** Starts the background rollup; the returned function stops it and waits for the pass in flight. */
export function startAnalyticsRollup(options: {
  db: Database;
  now: () => Date;
  intervalMs?: number;
  onError?: (error: unknown) => void;
}): () => Promise<void> {
  const pass = repeatingPass(
    async () => {
      const { processed, behind } = await catchUpAnalytics(options.db, options.now(), {
        maxRows: ROWS_PER_PASS,
      });
      if (behind) void pass.run();
      return processed;
    },
    (error) => options.onError?.(error),
  );
  pass.start(options.intervalMs ?? ANALYTICS_EVERY_MS);
  void pass.run();
  return () => pass.stop();
}
