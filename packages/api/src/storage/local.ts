/**
 * Files on the local disk, under root/ab/cd/<sha256>. A file is written to a
 * temporary name in root/.tmp, flushed, then renamed into place, so a crash never
 * leaves half a file under a real id.
 */
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { FileStorage, StoredFile } from "./file-storage.ts";
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

    stream(id: string): NodeJS.ReadableStream | null {
      const file = locate(id);
      if (file === null || !existsSync(file)) return null;
      return createReadStream(file);
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
