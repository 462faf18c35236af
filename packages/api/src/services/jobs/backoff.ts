/** How long to wait before retrying after the n-th failed attempt: 1 min, 5 min, 30 min, then 2 h. */
const STEPS_MS = [60_000, 5 * 60_000, 30 * 60_000] as const;
const LAST_STEP_MS = 2 * 3_600_000;

/** The delay before the next try after `attempts` tries (1-based) failed. */
export function retryDelayMs(attempts: number): number {
  return STEPS_MS[Math.max(attempts, 1) - 1] ?? LAST_STEP_MS;
}

/** When to try again after `attempts` tries failed at `now`. */
export function retryAt(now: Date, attempts: number): Date {
  return new Date(now.getTime() + retryDelayMs(attempts));
}
