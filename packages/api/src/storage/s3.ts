/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, Ceph, Yandex Object Storage...), under
 * <prefix>ab/cd/<sha256>. Every upload carries the SHA-256 it was named by, so the store
 * refuses bytes that do not match their key (a file changed between hashing and upload).
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  GetObjectCommand,
  type GetObjectCommandOutput,
  HeadObjectCommand,
  PutObjectCommand,
  type PutObjectCommandInput,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { ByteRange, FileStorage, StoredFile } from "./file-storage.ts";
import { isFileId } from "./file-storage.ts";

/** Where the bucket is and how to sign in to it. */
export interface S3FileStorageOptions {
  /** The service URL, e.g. http://127.0.0.1:9000 for MinIO; omitted for AWS S3 itself. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Address the bucket in the path (endpoint/bucket/key) rather than as a host name; most self-hosted stores need it. */
  forcePathStyle?: boolean;
  /** Put before every key, e.g. "pavilion/" to share a bucket; empty by default. */
  prefix?: string;
}

/** Opens a content-addressed file store in an S3-compatible bucket (which must exist). */
export function createS3FileStorage(options: S3FileStorageOptions): FileStorage {
  const client = new S3Client({
    region: options.region,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    forcePathStyle: options.forcePathStyle ?? false,
    // Only checksums the operation demands: many S3-compatible stores reject the SDK's default
    // CRC32 trailers (aws-chunked bodies). Each upload sends its SHA-256 header instead.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
  });
  const bucket = options.bucket;
  const prefix = options.prefix ?? "";
  const keyOf = (id: string) => `${prefix}${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;

  async function hasSize(id: string, size: number): Promise<boolean> {
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: keyOf(id) }));
      return head.ContentLength === size;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async function upload(id: string, size: number, body: PutObjectCommandInput["Body"], mime: string) {
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: keyOf(id),
        Body: body,
        ContentLength: size,
        ContentType: mime,
        ChecksumSHA256: Buffer.from(id, "hex").toString("base64"),
      }),
    );
  }

  async function get(id: string, range?: ByteRange): Promise<GetObjectCommandOutput | null> {
    if (!isFileId(id)) return null;
    const bytes = range && `bytes=${range.start}-${range.end}`;
    try {
      return await client.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(id), Range: bytes }));
    } catch (error) {
      if (isMissing(error)) return null;
      // A range past the end reads nothing, as from a local file: an answer without a body.
      if (error instanceof S3ServiceException && error.name === "InvalidRange") return { $metadata: {} };
      throw error;
    }
  }

  return {
    async put(bytes: Uint8Array, mime: string): Promise<StoredFile> {
      const id = createHash("sha256").update(bytes).digest("hex");
      const size = bytes.byteLength;
      if (!(await hasSize(id, size))) await upload(id, size, bytes, mime);
      return { id, size };
    },

    async putFile(path: string, mime: string): Promise<StoredFile> {
      // Two passes over the file: the key must be known before the upload starts. A single
      // PutObject takes up to 5 GB, far above any upload limit here.
      const { id, size } = await hashFile(path);
      if (!(await hasSize(id, size))) await upload(id, size, createReadStream(path), mime);
      return { id, size };
    },

    async read(id: string): Promise<Uint8Array | null> {
      const object = await get(id);
      return object?.Body ? await object.Body.transformToByteArray() : null;
    },

    async stream(id: string, range?: ByteRange): Promise<NodeJS.ReadableStream | null> {
      const object = await get(id, range);
      if (object === null) return null;
      if (object.Body === undefined) return Readable.from([]);
      if (!(object.Body instanceof Readable)) throw new Error("S3 answered a body that is not a Node stream");
      return object.Body;
    },
  };
}

async function hashFile(path: string): Promise<StoredFile> {
  const hash = createHash("sha256");
  let size = 0;
  await pipeline(createReadStream(path), async (chunks: AsyncIterable<Buffer>) => {
    for await (const chunk of chunks) {
      hash.update(chunk);
      size += chunk.byteLength;
    }
  });
  return { id: hash.digest("hex"), size };
}

function isMissing(error: unknown): boolean {
  // A missing bucket is a configuration mistake to report, not a missing file.
  if (!(error instanceof S3ServiceException) || error.name === "NoSuchBucket") return false;
  // HeadObject has no body, so its 404 arrives as "NotFound" rather than "NoSuchKey".
  return error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata.httpStatusCode === 404;
}
