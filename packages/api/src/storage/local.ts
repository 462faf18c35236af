/**
 * Files on the local disk, under root/ab/cd/<sha256>. A file is written to a
 * temporary name in root/.tmp, flushed, then renamed into place, so a crash never
 * leaves half a file under a real id.
 */
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import type { ByteRange, FileStorage, StoredFile } from "./file-storage.ts";
import { isFileId } from "./file-storage.ts";

/** Opens (and creates on first write) a content-addressed file store in a folder. */
export function createLocalFileStorage(rootDir: string): FileStorage {
  const tmpDir = join(rootDir, ".tmp");

  const locate = (id: string): string | null =>
    isFileId(id) ? join(rootDir, id.slice(0, 2), id.slice(2, 4), id) : null;

  return {
    async put(bytes: Uint8Array): Promise<StoredFile> {
      const id = createHash("sha256").update(bytes).digest("hex");
      const target = join(rootDir, id.slice(0, 2), id.slice(2, 4), id);
      if (await hasSize(target, bytes.byteLength)) return { id, size: bytes.byteLength };
      await mkdir(tmpDir, { recursive: true });
      await mkdir(join(rootDir, id.slice(0, 2), id.slice(2, 4)), { recursive: true });
      const temp = join(tmpDir, `${id}.${randomBytes(6).toString("hex")}`);
      try {
        await writeDurably(temp, bytes);
        // Two writers of the same bytes may race here; rename replaces atomically with equal content.
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      return { id, size: bytes.byteLength };
    },

    async putFile(source: string): Promise<StoredFile> {
      await mkdir(tmpDir, { recursive: true });
      const temp = join(tmpDir, `upload.${randomBytes(8).toString("hex")}`);
      try {
        // One pass: the copy is hashed as it is written, so the id names exactly the bytes kept.
        const { id, size } = await copyHashing(source, temp);
        const target = join(rootDir, id.slice(0, 2), id.slice(2, 4), id);
        if (await hasSize(target, size)) return { id, size };
        await mkdir(join(rootDir, id.slice(0, 2), id.slice(2, 4)), { recursive: true });
        await rename(temp, target);
        return { id, size };
      } finally {
        await rm(temp, { force: true });
      }
    },

    async read(id: string): Promise<Uint8Array | null> {
      const file = locate(id);
      if (file === null) return null;
      try {
        return new Uint8Array(await readFile(file));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async stream(id: string, range?: ByteRange): Promise<NodeJS.ReadableStream | null> {
      const file = locate(id);
      if (file === null || !existsSync(file)) return null;
      return createReadStream(file, range && { start: range.start, end: range.end });
    },

    path: locate,
  };
}

async function writeDurably(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, "wx");
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function copyHashing(source: string, target: string): Promise<StoredFile> {
  const hash = createHash("sha256");
  let size = 0;
  await pipeline(
    createReadStream(source),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        hash.update(chunk);
        size += chunk.byteLength;
        yield chunk;
      }
    },
    // flush: the bytes reach the disk before the file is closed (and then renamed into place).
    createWriteStream(target, { flags: "wx", flush: true }),
  );
  return { id: hash.digest("hex"), size };
}

async function hasSize(file: string, size: number): Promise<boolean> {
  try {
    return (await stat(file)).size === size;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
