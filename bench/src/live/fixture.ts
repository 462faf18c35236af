/**
 * A data folder for the live benchmark: the demo exhibition plus `senders` signed-in visitor
 * accounts, each with a session, so the bench can call the API as them without signing each in
 * (a sign-in costs an scrypt hash, 600 of them would take minutes on 2 cores).
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLocalFileStorage, hashPassword, seedDemo } from "@pavilion/api";
import { migrateToLatest, openDatabase, sqliteFileFromDataDir } from "@pavilion/db";

export interface LiveFixture {
  dataDir: string;
  /** The approved exhibitor whose booth chat the bench talks in. */
  exhibitorId: string;
  /** An event of the demo, whose room the webinar load test fills (null: the demo has none). */
  eventId: string | null;
  /** Session tokens of the sending visitors, for the session cookie. */
  senderTokens: string[];
}

const SESSION_DAYS = 30;

/** Creates the data folder (the caller removes it) and returns what the bench needs from it. */
export async function prepareLiveData(senders: number): Promise<LiveFixture> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "pavilion-bench-live-"));
  const db = openDatabase({ sqliteFile: sqliteFileFromDataDir(dataDir) });
  try {
    await migrateToLatest(db);
    const now = new Date();
    await seedDemo(db, createLocalFileStorage(path.join(dataDir, "files")), { now });
    const booth = await db
      .selectFrom("exhibitors")
      .select("id")
      .where("status", "=", "approved")
      .orderBy("slug")
      .executeTakeFirstOrThrow();
    const event = await db.selectFrom("events").select("id").orderBy("starts_at").executeTakeFirst();
    // Nobody signs in with these; one hash for all keeps the fixture fast.
    const passwordHash = await hashPassword(randomBytes(16).toString("hex"));
    const iso = now.toISOString();
    const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
    const senderTokens: string[] = [];
    for (let start = 0; start < senders; start += 200) {
      const batch = Array.from({ length: Math.min(200, senders - start) }, (_, k) => {
        const n = start + k;
        const token = randomBytes(32).toString("base64url");
        senderTokens.push(token);
        const user = {
          id: crypto.randomUUID(),
          email: `bench-sender-${n}@bench.pavilion.local`,
          name: `Bench sender ${n}`,
          password_hash: passwordHash,
          locale: "en" as const,
          role: "visitor" as const,
          created_at: iso,
          updated_at: iso,
        };
        // The sessions table keeps the SHA-256 of the cookie token (services/auth/tokens.ts).
        const session = {
          id: createHash("sha256").update(token).digest("hex"),
          user_id: user.id,
          created_at: iso,
          expires_at: expires,
          user_agent: "pavilion-bench",
        };
        return { user, session };
      });
      await db
        .insertInto("users")
        .values(batch.map((row) => row.user))
        .execute();
      await db
        .insertInto("sessions")
        .values(batch.map((row) => row.session))
        .execute();
    }
    return { dataDir, exhibitorId: booth.id, eventId: event?.id ?? null, senderTokens };
  } finally {
    await db.destroy();
  }
}
