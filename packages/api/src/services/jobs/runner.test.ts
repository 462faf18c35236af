/** The job runner on a real database with a controllable clock: once, on time, retried, never twice. */
import type { Database } from "@pavilion/db";
import { TEST_ENGINES, useTestDatabase } from "@pavilion/db/testing";
import { describe, expect, it } from "vitest";
import { queueMail } from "../mail/queue.ts";
import { enqueueJob } from "./queue.ts";
import { createJobRunner, MAX_JOB_ATTEMPTS } from "./runner.ts";
import type { JobHandler } from "./types.ts";

describe.each(TEST_ENGINES)("running durable jobs on %s", (engine) => {
  const database = useTestDatabase(engine);
  const clock = { now: new Date("2026-11-23T09:00:00.000Z") };
  const advance = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };

  /** Every run writes a letter (without a dedupe key), so the outbox counts the runs that committed. */
  const note: JobHandler = async (payload, ctx) => {
    await queueMail(ctx.db, { to: String(payload.to), subject: "note", text: "" }, ctx.now);
  };
  const runner = (db: Database, handlers: Record<string, JobHandler>) =>
    createJobRunner({
      ...{ db, handlers, now: () => clock.now, leaseMs: 60_000 },
      ...{ publicUrl: "http://pavilion.test", defaultLocale: "en" },
    });
  const plan = (db: Database, key: string, runAt: Date, kind = "test.note") =>
    enqueueJob(db, { kind, dedupeKey: key, runAt, payload: { to: `${key}@example.test` } }, clock.now);
  const notes = async (db: Database, key: string) =>
    (await db.selectFrom("outbox").select("id").where("to_address", "=", `${key}@example.test`).execute())
      .length;
  const job = (db: Database, key: string) =>
    db
      .selectFrom("jobs")
      .select(["state", "attempts", "run_at", "last_error"])
      .where("dedupe_key", "=", key)
      .executeTakeFirstOrThrow();

  it("runs a job once, at its time and not before", async () => {
    clock.now = new Date("2026-11-23T09:00:00.000Z");
    const db = database();
    const jobs = runner(db, { "test.note": note });
    await plan(db, "a", new Date("2026-11-23T10:00:00.000Z"));
    advance(60 * 60_000 - 1);
    expect(await jobs.runDue()).toBe(0);
    advance(1);
    expect(await jobs.runDue()).toBe(1);
    advance(24 * 3_600_000);
    expect(await jobs.runDue()).toBe(0);
    expect(await notes(db, "a")).toBe(1);
    expect(await job(db, "a")).toMatchObject({ state: "done", attempts: 1 });
    // Planning the same key again changes nothing: it ran.
    await plan(db, "a", clock.now);
    expect(await jobs.runDue()).toBe(0);
  });

  it("rolls back a failed run, retries after 1, 5 and 30 minutes and 2 hours, and gives up after the last attempt", async () => {
    clock.now = new Date("2026-11-23T09:00:00.000Z");
    const db = database();
    const failing: JobHandler = async (payload, ctx) => {
      await note(payload, ctx);
      throw new Error("the printer is on fire");
    };
    const errors: boolean[] = [];
    const jobs = createJobRunner({
      ...{ db, handlers: { "test.note": failing }, now: () => clock.now },
      ...{ publicUrl: "", defaultLocale: "en", onError: (_e, j) => errors.push(j?.gaveUp ?? false) },
    });
    await plan(db, "b", clock.now);
    const delays: number[] = [];
    for (let attempt = 1; attempt <= MAX_JOB_ATTEMPTS; attempt++) {
      const before = clock.now.getTime();
      await jobs.runDue();
      const after = await job(db, "b");
      if (after.state === "failed") break;
      expect(after).toMatchObject({
        state: "pending",
        attempts: attempt,
        last_error: "the printer is on fire",
      });
      delays.push((new Date(after.run_at).getTime() - before) / 60_000);
      clock.now = new Date(after.run_at);
    }
    expect(delays).toEqual([1, 5, 30, 120, 120, 120, 120]);
    expect(await job(db, "b")).toMatchObject({ state: "failed", attempts: MAX_JOB_ATTEMPTS });
    expect(errors.at(-1)).toBe(true);
    expect(await notes(db, "b")).toBe(0);
  });

  it("plans the job again when its handler says so", async () => {
    clock.now = new Date("2026-11-23T09:00:00.000Z");
    const db = database();
    let runs = 0;
    const later: JobHandler = async (payload, ctx) => {
      runs += 1;
      if (runs === 1) return { runAt: new Date(ctx.now.getTime() + 3_600_000), payload };
      await note(payload, ctx);
      return undefined;
    };
    const jobs = runner(db, { "test.note": later });
    await plan(db, "c", clock.now);
    expect(await jobs.runDue()).toBe(1);
    expect(await job(db, "c")).toMatchObject({ state: "pending", run_at: "2026-11-23T10:00:00.000Z" });
    advance(3_600_000);
    await jobs.runDue();
    expect(await job(db, "c")).toMatchObject({ state: "done" });
    expect(await notes(db, "c")).toBe(1);
  });

  it("runs each job once when two runners take the same due jobs at the same time", async () => {
    clock.now = new Date("2026-11-23T09:00:00.000Z");
    const db = database();
    const keys = Array.from({ length: 30 }, (_, i) => `d${i}`);
    for (const key of keys) await plan(db, key, clock.now);
    const [a, b] = [runner(db, { "test.note": note }), runner(db, { "test.note": note })];
    const [byA, byB] = await Promise.all([a.runDue(), b.runDue()]);
    expect(byA + byB).toBe(30);
    for (const key of keys) expect(await notes(db, key)).toBe(1);
  });

  it("leaves jobs of kinds it has no handler for to runners that have one", async () => {
    clock.now = new Date("2026-11-23T09:00:00.000Z");
    const db = database();
    await plan(db, "e", clock.now, "test.other");
    expect(await runner(db, { "test.note": note }).runDue()).toBe(0);
    expect(await job(db, "e")).toMatchObject({ state: "pending", attempts: 0 });
  });

  it("takes over a job whose runner stopped before finishing it, once its lease has run out", async () => {
    clock.now = new Date("2026-11-23T09:00:00.000Z");
    const db = database();
    await plan(db, "f", clock.now);
    // A runner claimed it (lease until 09:01) and was never heard of again.
    await db
      .updateTable("jobs")
      .set({ state: "running", attempts: 1, locked_until: "2026-11-23T09:01:00.000Z" })
      .where("dedupe_key", "=", "f")
      .execute();
    const jobs = runner(db, { "test.note": note });
    advance(59_000);
    expect(await jobs.runDue()).toBe(0);
    advance(2_000);
    expect(await jobs.runDue()).toBe(1);
    expect(await notes(db, "f")).toBe(1);
    expect(await job(db, "f")).toMatchObject({ state: "done", attempts: 2 });
  });

  it("stops after the job in flight has finished", async () => {
    clock.now = new Date("2026-11-23T09:00:00.000Z");
    const db = database();
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered = () => {};
    const inFlight = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const slow: JobHandler = async (payload, ctx) => {
      entered();
      await gate;
      await note(payload, ctx);
    };
    const jobs = runner(db, { "test.note": slow });
    await plan(db, "g", clock.now);
    jobs.start(10);
    await inFlight;
    let stopped = false;
    const stopping = jobs.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await job(db, "g")).toMatchObject({ state: "done" });
    expect(await notes(db, "g")).toBe(1);
  });
});
