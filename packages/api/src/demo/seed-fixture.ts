/** Test helper: a fresh database and file folder, seeded with the demo. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database, DB } from "@pavilion/db";
import { createTestDatabase, type TestEngine } from "@pavilion/db/testing";
import type { FileStorage } from "../storage/file-storage.ts";
import { createLocalFileStorage } from "../storage/local.ts";
import { type SeedResult, seedDemo } from "./seed.ts";

export interface SeededDemo {
  db: Database;
  storage: FileStorage;
  result: SeedResult;
  log: string[];
  destroy(): Promise<void>;
}

/** A 2026-11-23 mid-morning instant (12:15 in Moscow). */
export const TEST_NOW = new Date("2026-11-23T09:15:00.000Z");

/** Creates a database on the engine and seeds the demo into it. */
export async function seededDemo(engine: TestEngine, now: Date = TEST_NOW): Promise<SeededDemo> {
  const { db, destroy } = await createTestDatabase(engine);
  const root = await mkdtemp(join(tmpdir(), "pavilion-demo-test-"));
  const storage = createLocalFileStorage(root);
  const log: string[] = [];
  const result = await seedDemo(db, storage, { now, log: (line) => log.push(line) });
  return {
    db,
    storage,
    result,
    log,
    async destroy() {
      await destroy();
      await rm(root, { recursive: true, force: true });
    },
  };
}

const TABLES = [
  "users",
  "files",
  "exhibitions",
  "floors",
  "exhibitors",
  "members",
  "booths",
  "materials",
  "speakers",
  "events",
  "event_speakers",
  "event_agenda_items",
  "meeting_slots",
  "heard_from_options",
  "registrations",
] as const satisfies readonly (keyof DB)[];

/** Row counts of the tables the demo writes (and of booths, which it leaves empty). */
export async function rowCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
