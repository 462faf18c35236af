import { TEST_ENGINES, useTestDatabase } from "@pavilion/db/testing";
import { describe, expect, it } from "vitest";
import { assertUnderRateLimit, enforceRateLimit, enforceRateLimits, RateLimitedError } from "./rate-limit.ts";

const rule = { name: "test", limit: 3, windowMs: 60_000 };
const at = (iso: string) => new Date(iso);

describe.each(TEST_ENGINES)("rate limits on %s", (engine) => {
  const db = useTestDatabase(engine);

  it("allows the limit within a window and refuses the next hit, saying when to retry", async () => {
    for (let i = 0; i < 3; i += 1) await enforceRateLimit(db(), rule, "anna", at("2026-11-23T09:00:10Z"));
    const refused = await enforceRateLimit(db(), rule, "anna", at("2026-11-23T09:00:40Z")).catch((e) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused.retryAfterMs).toBe(20_000);
    expect(refused.params).toEqual({ minutes: 1 });
  });

  it("checks without counting", async () => {
    for (let i = 0; i < 5; i += 1) await assertUnderRateLimit(db(), rule, "anna", at("2026-11-23T09:00:00Z"));
    for (let i = 0; i < 3; i += 1) await enforceRateLimit(db(), rule, "anna", at("2026-11-23T09:00:00Z"));
    await expect(assertUnderRateLimit(db(), rule, "anna", at("2026-11-23T09:00:30Z"))).rejects.toThrow(
      RateLimitedError,
    );
  });

  it("counts each subject apart", async () => {
    for (let i = 0; i < 3; i += 1) await enforceRateLimit(db(), rule, "anna", at("2026-11-23T09:00:00Z"));
    await expect(enforceRateLimit(db(), rule, "boris", at("2026-11-23T09:00:00Z"))).resolves.toBeUndefined();
  });

  it("starts afresh in the next window", async () => {
    for (let i = 0; i < 4; i += 1) {
      await enforceRateLimit(db(), rule, "anna", at("2026-11-23T09:00:00Z")).catch(() => undefined);
    }
    await expect(enforceRateLimit(db(), rule, "anna", at("2026-11-23T09:01:00Z"))).resolves.toBeUndefined();
  });

  it("sweeps windows older than a day", async () => {
    await enforceRateLimit(db(), rule, "old", at("2026-11-20T09:00:00Z"));
    await enforceRateLimit(db(), rule, "new", at("2026-11-23T09:00:00Z"), () => 0);
    const keys = await db().selectFrom("rate_limits").select("key").execute();
    expect(keys.map((k) => k.key)).toEqual(["test:new"]);
  });

  it("counts several rules at once and refuses when any of them is over, naming the later retry", async () => {
    const burst = { name: "burst", limit: 2, windowMs: 10_000 };
    const hourly = { name: "hourly", limit: 3, windowMs: 3_600_000 };
    const now = at("2026-11-23T09:00:05Z");
    await enforceRateLimits(db(), [burst, hourly], "anna", now);
    await enforceRateLimits(db(), [burst, hourly], "anna", now);
    const burstRefusal = await enforceRateLimits(db(), [burst, hourly], "anna", now).catch((e) => e);
    expect(burstRefusal).toBeInstanceOf(RateLimitedError);
    expect(burstRefusal.retryAfterMs).toBe(5_000);
    // The next burst window is free, but the hour has had its 3 hits (the refused one counted too).
    const hourRefusal = await enforceRateLimits(
      db(),
      [burst, hourly],
      "anna",
      at("2026-11-23T09:00:15Z"),
    ).catch((e) => e);
    expect(hourRefusal).toBeInstanceOf(RateLimitedError);
    expect(hourRefusal.retryAfterMs).toBe(3_600_000 - 15_000);
    const rows = await db()
      .selectFrom("rate_limits")
      .select(["key", "hits"])
      .orderBy("key")
      .orderBy("window_start")
      .execute();
    expect(rows.map((r) => [r.key, Number(r.hits)])).toEqual([
      ["burst:anna", 3],
      ["burst:anna", 1],
      ["hourly:anna", 4],
    ]);
  });
});
