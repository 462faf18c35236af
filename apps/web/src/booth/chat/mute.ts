/** A timed mute: until when someone may not write, and how long that still is. */

/** How long a moderator's "Mute" silences someone, in minutes. */
export const MUTE_MINUTES = 10;

/** Whole minutes left until `mutedUntil` (rounded up, so "1 min" until the very end); 0 when over. */
export function minutesLeft(mutedUntil: string | null, now: Date): number {
  if (!mutedUntil) return 0;
  const left = Date.parse(mutedUntil) - now.getTime();
  return Number.isFinite(left) && left > 0 ? Math.ceil(left / 60_000) : 0;
}

/** The later of two mute ends (the history's and one learned from a refused send); null when neither. */
export function laterOf(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/** When a mute of `minutes` told by a refused send ends, counted from now. */
export function mutedUntilFrom(minutes: unknown, now: Date): string | null {
  const value = typeof minutes === "number" ? minutes : Number(minutes);
  if (!Number.isFinite(value) || value <= 0) return null;
  return new Date(now.getTime() + value * 60_000).toISOString();
}
