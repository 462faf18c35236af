/**
 * Where resumable (tus) uploads land before the API checks and keeps them. The HTTP
 * layer writes into the same folder with @tus/file-store; the API reads finished
 * uploads from it and removes them once kept or refused.
 */
import path from "node:path";
import { FileStore } from "@tus/file-store";

/** Metadata the server records on every upload (the client's own keys are not trusted). */
export interface UploadMetadata {
  /** Who uploaded it: set by the server from the session, checked when attaching. */
  userId: string;
  exhibitorId: string;
  purpose: "logo" | "material" | "video" | "model" | "panorama";
  /** The name the browser gave; sanitised before it is shown or stored. */
  filename: string;
}

export interface InboxUpload {
  id: string;
  /** Declared total length; null while it is deferred. */
  size: number | null;
  /** Bytes received so far; equal to size when the upload is complete. */
  offset: number;
  metadata: Partial<UploadMetadata>;
  /** The file on disk holding the received bytes. */
  path: string;
}

export interface UploadInbox {
  directory: string;
  /** A known upload, complete or not; null for an unknown or malformed id. */
  get(id: string): Promise<InboxUpload | null>;
  /** Deletes the upload's bytes and metadata; unknown ids are ignored. */
  remove(id: string): Promise<void>;
}

const UPLOAD_ID = /^[A-Za-z0-9_-]{8,100}$/;

/** Uploads older than this are deleted (a browser may resume within it). */
export const UPLOAD_EXPIRY_MS = 24 * 60 * 60 * 1000;

/** The tus file store both the HTTP layer and the API use, over one folder. */
export function createTusFileStore(directory: string): FileStore {
  return new FileStore({ directory, expirationPeriodInMilliseconds: UPLOAD_EXPIRY_MS });
}

/** The inbox over a @tus/file-store folder. */
export function createUploadInbox(store: FileStore): UploadInbox {
  return {
    directory: store.directory,
    async get(id) {
      if (!UPLOAD_ID.test(id)) return null;
      try {
        const upload = await store.getUpload(id);
        const metadata = Object.fromEntries(
          Object.entries(upload.metadata ?? {}).filter(
            (entry): entry is [string, string] => entry[1] != null,
          ),
        ) as Partial<UploadMetadata>;
        return {
          id,
          size: upload.size ?? null,
          offset: upload.offset,
          metadata,
          path: path.join(store.directory, id),
        };
      } catch {
        return null;
      }
    },
    async remove(id) {
      if (!UPLOAD_ID.test(id)) return;
      await store.remove(id).catch(() => undefined);
    },
  };
}
