/**
 * Rate limits as fixed-window counters in the database, so every API process counts
 * together. A hit is one upsert; rows of long-past windows are swept now and then.
 */
import type { Database } from "@pavilion/db";
import { AppError } from "../../errors.ts";

/** At most `limit` hits per `windowMs` for one subject of the rule. */
export interface RateRule {
  name: string;
  limit: number;
  windowMs: number;
}

export const rateRules = {
  /** Failed sign-ins of one account: stops password guessing, never a person who types it right. */
  failedSignInPerEmail: { name: "signin-failed:email", limit: 10, windowMs: 15 * 60_000 },
  /** Failed sign-ins from one address, whatever the account (credential stuffing). */
  failedSignInPerIp: { name: "signin-failed:ip", limit: 50, windowMs: 15 * 60_000 },
  passwordResetPerEmail: { name: "reset:email", limit: 5, windowMs: 60 * 60_000 },
  /** Chat messages of one person in one chat (a booth's or an event's), in a burst (subject "<userId>:<room>"). */
  chatBurst: { name: "chat:burst", limit: 5, windowMs: 10_000 },
  /** Chat messages of one person in one chat, over an hour. */
  chatHourly: { name: "chat:hour", limit: 120, windowMs: 60 * 60_000 },
  /** Questions one person puts to one event's Q&A (subject "<userId>:<eventId>"). */
  questionPerMinute: { name: "qa:minute", limit: 3, windowMs: 60_000 },
} as const satisfies Record<string, RateRule>;

const SWEEP_AFTER_MS = 24 * 60 * 60_000;
const SWEEP_CHANCE = 0.01;

export class RateLimitedError extends AppError {
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number) {
    super("rateLimited", undefined, { minutes: Math.max(1, Math.ceil(retryAfterMs / 60_000)) });
    this.retryAfterMs = retryAfterMs;
  }
}

function windowOf(rule: RateRule, subject: string, now: Date) {
  const start = Math.floor(now.getTime() / rule.windowMs) * rule.windowMs;
  return {
    key: `${rule.name}:${subject}`,
    windowStart: new Date(start).toISOString(),
    endsAt: start + rule.windowMs,
  };
}

/** Throws RateLimitedError when the subject already used up the rule's limit in this window; counts nothing. */
export async function assertUnderRateLimit(
  db: Database,
  rule: RateRule,
  subject: string,
  now: Date,
): Promise<void> {
  const { key, windowStart, endsAt } = windowOf(rule, subject, now);
  const row = await db
    .selectFrom("rate_limits")
    .select("hits")
    .where("key", "=", key)
    .where("window_start", "=", windowStart)
    .executeTakeFirst();
  if (row && Number(row.hits) >= rule.limit) throw new RateLimitedError(endsAt - now.getTime());
}

/** Counts one hit; throws RateLimitedError when the subject went over the rule's limit in this window. */
export async function enforceRateLimit(
  db: Database,
  rule: RateRule,
  subject: string,
  now: Date,
  random: () => number = Math.random,
): Promise<void> {
  await enforceRateLimits(db, [rule], subject, now, random);
}

/**
 * Counts one hit under each rule in one statement (a chat message counts against its burst and
 * its hourly limit); throws RateLimitedError for the rule whose window ends last among those
 * the subject went over.
 */
export async function enforceRateLimits(
  db: Database,
  rules: readonly RateRule[],
  subject: string,
  now: Date,
  random: () => number = Math.random,
): Promise<void> {
  const windows = rules.map((rule) => ({ rule, ...windowOf(rule, subject, now) }));
  const rows = await db
    .insertInto("rate_limits")
    .values(windows.map(({ key, windowStart }) => ({ key, window_start: windowStart, hits: 1 })))
    .onConflict((conflict) =>
      conflict
        .columns(["key", "window_start"])
        .doUpdateSet((eb) => ({ hits: eb("rate_limits.hits", "+", 1) })),
    )
    .returning(["key", "hits"])
    .execute();
  if (random() < SWEEP_CHANCE) {
    const before = new Date(now.getTime() - SWEEP_AFTER_MS).toISOString();
    await db.deleteFrom("rate_limits").where("window_start", "<", before).execute();
  }
  const hits = new Map(rows.map((row) => [row.key, Number(row.hits)]));
  const over = windows.filter(({ rule, key }) => (hits.get(key) ?? 0) > rule.limit);
  if (over.length === 0) return;
  const endsAt = Math.max(...over.map((window) => window.endsAt));
  throw new RateLimitedError(endsAt - now.getTime());
}
