/**
 * Sends one file to the server's resumable-upload endpoint (tus) and reports its
 * progress. A file that stopped half-way (a closed tab, a lost connection) goes on
 * from where it stopped when it is chosen again for the same company and purpose.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { Upload } from "tus-js-client";
import { tusErrorText, type UploadPurpose, uploadIdFromUrl } from "./files.ts";

const CHUNK_SIZE = 8 * 1024 * 1024;
const RETRY_DELAYS = [0, 1000, 3000, 5000, 10_000, 20_000];

export type UploadState =
  | { phase: "idle" }
  | { phase: "sending"; fileName: string; sent: number; total: number }
  | { phase: "failed"; fileName: string; message: string | null };

/** What the server must know about the upload; it adds who sends it from the session. */
export interface UploadTarget {
  exhibitorId: string;
  purpose: UploadPurpose;
}

/** The upload's outcome: its id for the API, or null when cancelled or failed (see `state`). */
export type UploadResult = string | null;

export function useTusUpload() {
  const [state, setState] = useState<UploadState>({ phase: "idle" });
  const current = useRef<{ upload: Upload; finish: (result: UploadResult) => void } | null>(null);

  const start = useCallback(async (file: File, target: UploadTarget): Promise<UploadResult> => {
    current.current?.finish(null);
    setState({ phase: "sending", fileName: file.name, sent: 0, total: file.size });
    return new Promise<UploadResult>((resolve) => {
      const upload = new Upload(file, {
        endpoint: "/uploads/",
        metadata: { exhibitorId: target.exhibitorId, purpose: target.purpose, filename: file.name },
        chunkSize: CHUNK_SIZE,
        retryDelays: RETRY_DELAYS,
        removeFingerprintOnSuccess: true,
        onProgress: (sent, total) => {
          if (current.current?.upload !== upload) return;
          setState({ phase: "sending", fileName: file.name, sent, total });
        },
        onSuccess: () => {
          if (current.current?.upload !== upload) return;
          current.current = null;
          setState({ phase: "idle" });
          resolve(upload.url ? uploadIdFromUrl(upload.url) : null);
        },
        onError: (error) => {
          if (current.current?.upload !== upload) return;
          current.current = null;
          setState({ phase: "failed", fileName: file.name, message: tusErrorText(error) });
          resolve(null);
        },
      });
      current.current = {
        upload,
        finish: (result) => {
          current.current = null;
          // Cancelling deletes what the server received; an unanswered delete does no harm.
          upload.abort(true).catch(() => undefined);
          resolve(result);
        },
      };
      void resumeOrStart(upload, target, () => current.current?.upload === upload);
    });
  }, []);

  /** Stops the upload; its promise resolves with null. */
  const cancel = useCallback(() => {
    current.current?.finish(null);
    setState({ phase: "idle" });
  }, []);

  /** Forgets a failure, to show the file input again. */
  const reset = useCallback(() => setState({ phase: "idle" }), []);

  // Leaving the page stops sending; the unfinished upload may be resumed later.
  useEffect(
    () => () => {
      const pending = current.current;
      current.current = null;
      pending?.upload.abort(false).catch(() => undefined);
    },
    [],
  );

  return { state, start, cancel, reset };
}

/** Goes on with an unfinished upload of the same file for the same company and purpose. */
async function resumeOrStart(
  upload: Upload,
  target: UploadTarget,
  stillWanted: () => boolean,
): Promise<void> {
  try {
    const previous = await upload.findPreviousUploads();
    const same = previous.find(
      (earlier) =>
        earlier.metadata.exhibitorId === target.exhibitorId && earlier.metadata.purpose === target.purpose,
    );
    if (same) upload.resumeFromPreviousUpload(same);
  } catch {
    // no storage for fingerprints: start afresh
  }
  if (stillWanted()) upload.start();
}
