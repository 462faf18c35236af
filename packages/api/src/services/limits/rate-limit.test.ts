import { TEST_ENGINES, useTestDatabase } from "@pavilion/db/testing";
import { describe, expect, it } from "vitest";
import { assertUnderRateLimit, enforceRateLimit, RateLimitedError } from "./rate-limit.ts";

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
});
