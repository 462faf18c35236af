/** How long until a webinar starts, as a ticking clock. */

export interface Countdown {
  /** Whole days left. */
  days: number;
  /** The rest as "hh:mm:ss". */
  clock: string;
}

const SECOND = 1000;
const pad = (value: number) => String(value).padStart(2, "0");

/**
 * The time left until `startsAt` at `now`, rounded up to the second (so it reads 00:00:01, not
 * 00:00:00, in the last second); null once the start has come or the date is not valid.
 */
export function countdownTo(startsAt: string, now: Date): Countdown | null {
  const left = Date.parse(startsAt) - now.getTime();
  if (!Number.isFinite(left) || left <= 0) return null;
  const total = Math.ceil(left / SECOND);
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  return { days, clock: `${pad(hours)}:${pad(minutes)}:${pad(total % 60)}` };
}
