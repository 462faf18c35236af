import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FileStorage } from "./file-storage.ts";
import { bytesOf, itBehavesLikeFileStorage, sha256 } from "./file-storage-behaviour.ts";
import { createLocalFileStorage } from "./local.ts";

let root: string;
let storage: FileStorage;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "pavilion-storage-test-"));
  storage = createLocalFileStorage(join(root, "files"));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe("createLocalFileStorage", () => {
  itBehavesLikeFileStorage(() => storage);

  it("names a file by the SHA-256 of its bytes and stores it under ab/cd/", async () => {
    const stored = await storage.put(bytesOf("hello"), "text/plain");
    expect(stored).toEqual({ id: sha256("hello"), size: 5 });
    const id = stored.id;
    expect(storage.path?.(id)).toBe(join(root, "files", id.slice(0, 2), id.slice(2, 4), id));
    expect(await listFiles(join(root, "files"))).toEqual([storage.path?.(id)]);
  });

  it("keeps a copy of a file on disk by streaming it, leaving the original alone", async () => {
    const source = join(root, "video.bin");
    await writeFile(source, "a large video, streamed");
    const stored = await storage.putFile(source, "video/mp4");
    expect(stored).toEqual({ id: sha256("a large video, streamed"), size: 23 });
    expect(await storage.read(stored.id)).toEqual(bytesOf("a large video, streamed"));
    expect(await readFile(source, "utf8")).toBe("a large video, streamed");
    expect(await storage.putFile(source, "video/mp4")).toEqual(stored);
    expect(await readdir(join(root, "files", ".tmp"))).toEqual([]);
  });

  it("keeps the same bytes once however often they are put", async () => {
    const first = await storage.put(bytesOf("same"), "text/plain");
    const again = await Promise.all([1, 2, 3].map(() => storage.put(bytesOf("same"), "text/plain")));
    expect(again.every((stored) => stored.id === first.id)).toBe(true);
    expect(await listFiles(join(root, "files"))).toHaveLength(1);
  });

  it("leaves no temporary files behind", async () => {
    await Promise.all(["a", "b", "c"].map((value) => storage.put(bytesOf(value), "text/plain")));
    expect(await readdir(join(root, "files", ".tmp"))).toEqual([]);
  });

  it("refuses ids that are not 64 hex characters, so no path escapes the folder", async () => {
    await writeFile(join(root, "secret.txt"), "secret");
    for (const id of ["../secret.txt", "../../secret.txt", `${"a".repeat(63)}/`, "A".repeat(64), ""]) {
      expect(await storage.read(id)).toBeNull();
      expect(await storage.stream(id)).toBeNull();
      expect(storage.path?.(id)).toBeNull();
    }
  });
});
