import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TEST_ENGINES, useTestDatabase } from "@pavilion/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FileStorage } from "./file-storage.ts";
import { createLocalFileStorage } from "./local.ts";
import { storeFile, storeFiles } from "./store-file.ts";

const now = new Date("2026-11-23T09:00:00.000Z");
const bytesOf = (value: string) => new TextEncoder().encode(value);

describe.each(TEST_ENGINES)("storeFile on %s", (engine) => {
  const db = useTestDatabase(engine);
  let root: string;
  let storage: FileStorage;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "pavilion-store-file-test-"));
    storage = createLocalFileStorage(root);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("stores the bytes and records them in the files table", async () => {
    const stored = await storeFile(db(), storage, bytesOf("%PDF-1.4"), "application/pdf", now);
    const row = await db().selectFrom("files").selectAll().where("id", "=", stored.id).executeTakeFirst();
    expect(row).toEqual({
      ...{ id: stored.id, mime: "application/pdf", size: 8, created_at: now.toISOString() },
      ...{ duration_ms: null, poster_file_id: null },
    });
    expect(await storage.read(stored.id)).toEqual(bytesOf("%PDF-1.4"));
  });

  it("changes nothing when the same bytes are stored again", async () => {
    const first = await storeFile(db(), storage, bytesOf("logo"), "image/png", now);
    const later = new Date(now.getTime() + 60_000);
    const again = await storeFile(db(), storage, bytesOf("logo"), "image/png", later);
    expect(again).toEqual(first);
    const rows = await db().selectFrom("files").selectAll().execute();
    expect(rows).toEqual([
      {
        ...{ id: first.id, mime: "image/png", size: 4, created_at: now.toISOString() },
        ...{ duration_ms: null, poster_file_id: null },
      },
    ]);
  });

  it("stores many files in order and records each distinct file once", async () => {
    const files = ["a", "b", "a", "c"].map((value) => ({ bytes: bytesOf(value), mime: "text/plain" }));
    const stored = await storeFiles(db(), storage, files, now);
    expect(stored.map((file) => file.size)).toEqual([1, 1, 1, 1]);
    expect(stored[0]?.id).toBe(stored[2]?.id);
    const count = await db()
      .selectFrom("files")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(3);
  });
});
