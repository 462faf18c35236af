/** Keeps bytes in the file store and records them in the `files` table. */
import type { Database } from "@pavilion/db";
import type { FileStorage, StoredFile } from "./file-storage.ts";

/** One file to keep: its bytes and their media type. */
export interface FileToStore {
  bytes: Uint8Array;
  mime: string;
}

// 4 columns a row: far below SQLite's and PostgreSQL's bound-parameter limits.
const ROWS_PER_INSERT = 200;
// Enough to overlap disk writes without opening hundreds of files at once.
const PARALLEL_WRITES = 16;

/** Stores the bytes and upserts their `files` row; storing the same bytes again changes nothing. */
export async function storeFile(
  db: Database,
  storage: FileStorage,
  bytes: Uint8Array,
  mime: string,
  now: Date,
): Promise<StoredFile> {
  const [stored] = await storeFiles(db, storage, [{ bytes, mime }], now);
  if (stored === undefined) throw new Error("storeFiles returned nothing for one file");
  return stored;
}

/** Stores many files at once (parallel writes, batched rows); results are in the order given. */
export async function storeFiles(
  db: Database,
  storage: FileStorage,
  files: readonly FileToStore[],
  now: Date,
): Promise<StoredFile[]> {
  const stored: StoredFile[] = new Array(files.length);
  for (let start = 0; start < files.length; start += PARALLEL_WRITES) {
    const chunk = files.slice(start, start + PARALLEL_WRITES);
    const done = await Promise.all(chunk.map((file) => storage.put(file.bytes, file.mime)));
    done.forEach((file, offset) => {
      stored[start + offset] = file;
    });
  }
  // The first mime recorded for some bytes wins; identical bytes are one file.
  const rows = new Map<string, { id: string; mime: string; size: number; created_at: string }>();
  stored.forEach((file, index) => {
    const mime = files[index]?.mime ?? "application/octet-stream";
    if (!rows.has(file.id)) rows.set(file.id, { ...file, mime, created_at: now.toISOString() });
  });
  const unique = [...rows.values()];
  for (let start = 0; start < unique.length; start += ROWS_PER_INSERT) {
    await db
      .insertInto("files")
      .values(unique.slice(start, start + ROWS_PER_INSERT))
      .onConflict((conflict) => conflict.column("id").doNothing())
      .execute();
  }
  return stored;
}
