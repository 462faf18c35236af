/** When to try the booth's room again after a connection failed or dropped. */

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;

/**
 * The wait before attempt `attempt` (1 for the first retry): doubling from a second up to 30 s,
 * with up to a fifth of random spread (`random` in [0, 1)) so a restarted server is not hit by
 * every visitor in the same instant.
 */
export function reconnectDelay(attempt: number, random: number = Math.random()): number {
  const step = Math.max(0, Math.floor(attempt) - 1);
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(step, 16));
  return Math.round(base * (1 - 0.2 * Math.min(Math.max(random, 0), 1)));
}

/** After this many failed attempts in a row the panel says live delivery is unavailable. */
export const ATTEMPTS_BEFORE_UNAVAILABLE = 3;

/** How long to wait before asking again when the API says LiveKit is not configured at all. */
export const UNAVAILABLE_RETRY_MS = 60_000;
