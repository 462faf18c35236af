/** File storage: the content-addressed store and the `files` table that indexes it. */
export type { ByteRange, FileStorage, StoredFile } from "./file-storage.ts";
export { isFileId } from "./file-storage.ts";
export { createLocalFileStorage } from "./local.ts";
export { createS3FileStorage, type S3FileStorageOptions } from "./s3.ts";
export { type FileToStore, storeFile, storeFiles } from "./store-file.ts";
