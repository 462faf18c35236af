import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FileStorage } from "./file-storage.ts";
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

const bytesOf = (value: string) => new TextEncoder().encode(value);
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe("createLocalFileStorage", () => {
  it("names a file by the SHA-256 of its bytes and stores it under ab/cd/", async () => {
    const stored = await storage.put(bytesOf("hello"), "text/plain");
    expect(stored).toEqual({ id: sha256("hello"), size: 5 });
    const id = stored.id;
    expect(storage.path?.(id)).toBe(join(root, "files", id.slice(0, 2), id.slice(2, 4), id));
    expect(await listFiles(join(root, "files"))).toEqual([storage.path?.(id)]);
  });

  it("reads back the bytes it stored", async () => {
    const { id } = await storage.put(bytesOf("Выставка"), "text/plain");
    expect(new TextDecoder().decode((await storage.read(id)) ?? new Uint8Array())).toBe("Выставка");
  });

  it("streams a stored file", async () => {
    const { id } = await storage.put(bytesOf("streamed"), "text/plain");
    const stream = await storage.stream(id);
    expect(stream).not.toBeNull();
    if (stream) expect(await text(stream)).toBe("streamed");
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

  it("streams a byte range of a stored file", async () => {
    const { id } = await storage.put(bytesOf("0123456789"), "text/plain");
    const stream = await storage.stream(id, { start: 2, end: 5 });
    expect(stream && (await text(stream))).toBe("2345");
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

  it("answers null for an unknown id", async () => {
    const id = sha256("never stored");
    expect(await storage.read(id)).toBeNull();
    expect(await storage.stream(id)).toBeNull();
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
