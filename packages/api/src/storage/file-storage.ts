/** Where uploaded and generated files live: a content-addressed store of bytes. */

/** What a store answers after keeping some bytes. */
export interface StoredFile {
  /** SHA-256 of the bytes, 64 lower-case hex characters. */
  id: string;
  size: number;
}

/**
 * A content-addressed file store: the id is the SHA-256 of the bytes, so the same
 * bytes are kept once and a file never changes under its id. The local folder is
 * one implementation; an S3-compatible store can be another.
 */
export interface FileStorage {
  /** Keeps the bytes (once, whatever the number of calls) and returns their id. */
  put(bytes: Uint8Array, mime: string): Promise<StoredFile>;
  /**
   * Keeps a copy of the file at `path` (the file itself is left alone), never holding
   * it whole in memory: the SHA-256 is computed while streaming, then the copy is moved
   * into place. For videos and documents that may be hundreds of megabytes.
   */
  putFile(path: string, mime: string): Promise<StoredFile>;
  /** The bytes of a file, or null when the id is malformed or unknown. */
  read(id: string): Promise<Uint8Array | null>;
  /**
   * A stream of the file's bytes, or null when the id is malformed or unknown
   * (asynchronous: a remote store learns whether the file exists only by asking).
   * With a range, only bytes start..end (inclusive), for HTTP Range requests.
   */
  stream(id: string, range?: ByteRange): Promise<NodeJS.ReadableStream | null>;
  /** Where the file lives on the local disk, for stores that have one. */
  path?(id: string): string | null;
}

/** Bytes start..end of a file, both inclusive (as in an HTTP Range header). */
export interface ByteRange {
  start: number;
  end: number;
}

const FILE_ID = /^[0-9a-f]{64}$/;

/** True when the text has the shape of a file id (a SHA-256 in lower-case hex). */
export function isFileId(id: string): boolean {
  return FILE_ID.test(id);
}
