/** The reconciliation timer against a real LiveKit server: it repairs presence by itself, and stops cleanly. */
import { randomUUID } from "node:crypto";
import { createTestDatabase } from "@pavilion/db/testing";
import { boothRoomName, findLiveKitServerBinary, roomServiceFor } from "@pavilion/livekit";
import { type RunningLiveKitServer, startLiveKitServer } from "@pavilion/livekit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startReconciliation } from "./reconciliation.ts";

// Locally a missing binary skips these tests; in CI it must fail, so they run and startLiveKitServer throws.
const skip = findLiveKitServerBinary() === null && process.env.CI !== "true";

describe.skipIf(skip)("reconciling presence with LiveKit on a timer", () => {
  let livekit: RunningLiveKitServer;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const warnings: unknown[] = [];
  const log = { debug: () => {}, warn: (details: { err: unknown }) => warnings.push(details.err) };

  beforeAll(async () => {
    livekit = await startLiveKitServer();
    database = await createTestDatabase("sqlite");
  }, 30_000);
  afterAll(async () => {
    await database?.destroy();
    await livekit?.stop();
  }, 15_000);

  /** A session LiveKit never told us ended: someone long gone from a booth's room. */
  async function lostSession() {
    const sid = `PA_${randomUUID().slice(0, 8)}`;
    await database.db
      .insertInto("live_participants")
      .values({
        ...{ sid, room: boothRoomName(randomUUID()), identity: randomUUID(), role: "staff" },
        ...{ joined_at: "2026-01-01T00:00:00.000Z", left_at: null },
      })
      .execute();
    return sid;
  }
  const leftAt = async (sid: string) =>
    (
      await database.db
        .selectFrom("live_participants")
        .select("left_at")
        .where("sid", "=", sid)
        .executeTakeFirst()
    )?.left_at;

  it("closes sessions LiveKit no longer has, every interval, until stopped", async () => {
    const reconciliation = startReconciliation({
      ...{ db: database.db, rooms: roomServiceFor(livekit), now: () => new Date(), log },
      everyMs: 50,
    });
    const first = await lostSession();
    await expect.poll(() => leftAt(first)).not.toBeNull();
    const second = await lostSession();
    await expect.poll(() => leftAt(second)).not.toBeNull();
    await reconciliation.stop();
    const third = await lostSession();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await leftAt(third)).toBeNull();
    expect(warnings).toEqual([]);
  });

  it("logs a run that fails and keeps going", async () => {
    const down = roomServiceFor({ ...livekit, url: "ws://127.0.0.1:1" });
    const reconciliation = startReconciliation({
      db: database.db,
      rooms: down,
      now: () => new Date(),
      log,
      everyMs: 20,
    });
    await expect.poll(() => warnings.length).toBeGreaterThanOrEqual(2);
    await reconciliation.stop();
  });

  it("runs on demand without starting a second run beside one in progress", async () => {
    const reconciliation = startReconciliation({
      ...{ db: database.db, rooms: roomServiceFor(livekit), now: () => new Date(), log },
      everyMs: 60_000,
    });
    const sid = await lostSession();
    const [one, two] = [reconciliation.runNow(), reconciliation.runNow()];
    expect(one).toBe(two);
    await one;
    expect(await leftAt(sid)).not.toBeNull();
    await reconciliation.stop();
  });
});
