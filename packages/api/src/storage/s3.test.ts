import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HeadObjectCommand, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FileStorage } from "./file-storage.ts";
import { bytesOf, itBehavesLikeFileStorage, sha256 } from "./file-storage-behaviour.ts";
import { createS3FileStorage } from "./s3.ts";
import { findVersityGateway, type RunningS3TestServer, startS3TestServer } from "./s3-test-server.ts";

// Locally a missing gateway skips these tests; in CI they run, and startS3TestServer throws.
const skip = findVersityGateway() === null && process.env.CI !== "true";
if (skip) {
  console.warn(
    "SKIPPED: S3 file storage tests: no versitygw binary (set VERSITYGW_BIN or run scripts/install-ci-deps.sh)",
  );
}

describe.skipIf(skip)("createS3FileStorage against a real S3 server", () => {
  let server: RunningS3TestServer;
  let storage: FileStorage;
  let uploads: string;
  // Each test writes under its own prefix, so listing a prefix shows only that test's objects.
  let prefixes = 0;
  const freshStorage = (): { storage: FileStorage; prefix: string } => {
    const prefix = `test-${++prefixes}/`;
    return { storage: createS3FileStorage({ ...server.options, prefix }), prefix };
  };
  const keysUnder = async (prefix: string) => {
    const listed = await server.client.send(
      new ListObjectsV2Command({ Bucket: server.options.bucket, Prefix: prefix }),
    );
    return (listed.Contents ?? []).map((object) => object.Key);
  };
  // versitygw keeps an object as a file named by its key, replaced whole by each upload.
  const fileOf = (key: string) => join(server.root, server.options.bucket, key);

  beforeAll(async () => {
    server = await startS3TestServer();
    storage = createS3FileStorage(server.options);
    uploads = await mkdtemp(join(tmpdir(), "pavilion-s3-uploads-"));
  }, 30_000);

  afterAll(async () => {
    await server?.stop();
    if (uploads) await rm(uploads, { recursive: true, force: true });
  }, 15_000);

  itBehavesLikeFileStorage(() => storage);

  it("names a file by the SHA-256 of its bytes and keeps it under <prefix>ab/cd/ with its media type", async () => {
    const { storage, prefix } = freshStorage();
    const stored = await storage.put(bytesOf("hello"), "text/plain");
    expect(stored).toEqual({ id: sha256("hello"), size: 5 });
    const key = `${prefix}${stored.id.slice(0, 2)}/${stored.id.slice(2, 4)}/${stored.id}`;
    expect(await keysUnder(prefix)).toEqual([key]);
    const head = await server.client.send(new HeadObjectCommand({ Bucket: server.options.bucket, Key: key }));
    expect(head.ContentType).toBe("text/plain");
    expect(storage.path).toBeUndefined();
  });

  it("keeps the same bytes once however often they are put, without uploading them again", async () => {
    const { storage, prefix } = freshStorage();
    const first = await storage.put(bytesOf("same"), "text/plain");
    const [key] = await keysUnder(prefix);
    const before = await stat(fileOf(key ?? ""));
    const again = await Promise.all([1, 2, 3].map(() => storage.put(bytesOf("same"), "text/plain")));
    expect(again.every((stored) => stored.id === first.id)).toBe(true);
    expect(await keysUnder(prefix)).toEqual([key]);
    expect((await stat(fileOf(key ?? ""))).ino).toBe(before.ino);
  });

  it("refuses ids that are not 64 hex characters, so no key escapes its prefix", async () => {
    const { storage: other, prefix: otherPrefix } = freshStorage();
    const { id } = await other.put(bytesOf("secret"), "text/plain");
    const { storage: prefixed } = freshStorage();
    const escaping = `../../../${otherPrefix}${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
    for (const bad of [escaping, `${"a".repeat(63)}/`, "A".repeat(64), id.toUpperCase(), ""]) {
      expect(await prefixed.read(bad)).toBeNull();
      expect(await prefixed.stream(bad)).toBeNull();
    }
  });

  it("stores a file from disk by streaming it, once, under the SHA-256 of its bytes", async () => {
    const { storage, prefix } = freshStorage();
    // Larger than any single read of the stream, so the hash and the upload both see many chunks.
    const bytes = new Uint8Array(3 * 1024 * 1024).map((_, index) => (index * 7) % 251);
    const path = join(uploads, "upload.bin");
    await writeFile(path, bytes);
    const stored = await storage.putFile(path, "video/mp4");
    expect(stored).toEqual({ id: sha256(bytes), size: bytes.byteLength });
    expect(await storage.read(stored.id)).toEqual(bytes);
    expect(await storage.putFile(path, "video/mp4")).toEqual(stored);
    expect(await keysUnder(prefix)).toHaveLength(1);
    const [key] = await keysUnder(prefix);
    const head = await server.client.send(new HeadObjectCommand({ Bucket: server.options.bucket, Key: key }));
    expect(head.ContentType).toBe("video/mp4");
  });

  it("reports a missing bucket as an error, not as a missing file", async () => {
    const lost = createS3FileStorage({ ...server.options, bucket: "no-such-bucket" });
    await expect(lost.read(sha256("anything"))).rejects.toThrow();
    await expect(lost.put(bytesOf("anything"), "text/plain")).rejects.toThrow();
  });
});
