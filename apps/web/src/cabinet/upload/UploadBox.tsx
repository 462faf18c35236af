/**
 * Choosing and sending one file: what may be sent (the limit, the storage left),
 * a progress bar with a cancel button while it goes, and the reason when it fails.
 */
import { type ChangeEvent, type Ref, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../components/Icon.tsx";
import { useLocale } from "../../i18n/useLocale.ts";
import type { Translate } from "../../lib/errors.ts";
import { errorMessage } from "../forms/messages.ts";
import { useCabinet } from "../useCabinet.ts";
import {
  acceptedLabels,
  acceptFor,
  type FileProblem,
  fileProblem,
  formatBytes,
  kindsFor,
  percentOf,
  progressAmounts,
  type UploadPurpose,
} from "./files.ts";
import { useTusUpload } from "./useTusUpload.ts";
import "./upload.css";

/** Files above one chunk go in pieces, and a broken connection costs at most one piece. */
const RESUMABLE_FROM = 8 * 1024 * 1024;

interface UploadBoxProps {
  purpose: UploadPurpose;
  /** The button's words: "Upload a logo". */
  label: string;
  /** Said while `onUploaded` runs (the server checks and converts the file). */
  processingLabel: string;
  /** Attaches the finished upload; a thrown error is shown here. */
  onUploaded: (uploadId: string, file: File) => Promise<unknown> | undefined;
}

export function UploadBox({ purpose, label, processingLabel, onUploaded }: UploadBoxProps) {
  const { t } = useTranslation("cabinet");
  const translate = t as unknown as Translate;
  const locale = useLocale();
  const { overview } = useCabinet();
  const { limits, quota } = overview;
  const { state, start, cancel, reset } = useTusUpload();
  const [problem, setProblem] = useState<string | null>(null);
  const [processing, setProcessing] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const size = (bytes: number) => formatBytes(bytes, locale);

  const sending = state.phase === "sending";
  useEffect(() => {
    if (sending) cancelRef.current?.focus();
  }, [sending]);
  useEffect(() => {
    if (problem || state.phase === "failed") alertRef.current?.focus();
  }, [problem, state.phase]);

  function describe(found: FileProblem): string {
    switch (found.code) {
      case "upload.empty":
        return t("errors:codes.upload.empty");
      case "upload.typeNotAllowed":
        return t("upload.wrongKind", { accepted: acceptedLabels[purpose] });
      case "upload.tooLarge":
        return t("errors:codes.upload.tooLarge", { size: size(found.size), limit: size(found.limit) });
      case "upload.quotaExceeded":
        return t("errors:codes.upload.quotaExceeded", {
          size: size(found.size),
          remaining: size(found.remaining),
          quota: size(found.quota),
        });
      default: {
        const unknown: never = found;
        return String(unknown);
      }
    }
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ""; // the same file may be chosen again after a failure
    if (!file) return;
    setProblem(null);
    reset();
    const found = fileProblem(file, purpose, limits, quota);
    if (found) return setProblem(describe(found));
    const uploadId = await start(file, { exhibitorId: overview.exhibitorId, purpose });
    if (!uploadId) return;
    setProcessing(true);
    try {
      await onUploaded(uploadId, file);
      inputRef.current?.focus();
    } catch (error) {
      setProblem(errorMessage(error, translate));
    } finally {
      setProcessing(false);
    }
  }

  const remaining = Math.max(0, quota.quotaBytes - quota.usedBytes);
  const limitText =
    purpose === "material"
      ? t("upload.limits", {
          image: size(limits.image),
          pdf: size(limits.pdf),
          slides: size(limits.slides),
          video: size(limits.video),
        })
      : t("upload.limit", { limit: size(Math.max(...kindsFor[purpose].map((kind) => limits[kind]))) });
  const failure =
    problem ??
    (state.phase === "failed"
      ? `${t("upload.failed", { name: state.fileName })} ${state.message ?? t("upload.failedNoAnswer")}`
      : null);

  return (
    <div className="upload-box">
      {state.phase === "sending" ? (
        <UploadProgress
          fileName={state.fileName}
          sent={state.sent}
          total={state.total}
          onCancel={cancel}
          cancelRef={cancelRef}
        />
      ) : processing ? (
        <p className="upload-box__processing" role="status">
          <span className="spinner" aria-hidden="true" />
          {processingLabel}
        </p>
      ) : (
        <div className="upload-box__choose">
          <label className="button button--secondary file-button">
            <Icon name="arrowRight" size={18} className="icon--up" />
            <span>{label}</span>
            <input
              ref={inputRef}
              type="file"
              className="visually-hidden"
              accept={acceptFor[purpose]}
              onChange={(event) => void choose(event)}
            />
          </label>
          <p className="upload-box__limits">
            {limitText} {t("upload.remaining", { remaining: size(remaining), quota: size(quota.quotaBytes) })}
          </p>
        </div>
      )}
      {failure ? (
        <div className="alert alert--error upload-box__error" role="alert" tabIndex={-1} ref={alertRef}>
          <Icon name="alert" />
          <p>{failure}</p>
        </div>
      ) : null}
    </div>
  );
}

function UploadProgress({
  fileName,
  sent,
  total,
  onCancel,
  cancelRef,
}: {
  fileName: string;
  sent: number;
  total: number;
  onCancel: () => void;
  cancelRef: Ref<HTMLButtonElement>;
}) {
  const { t } = useTranslation("cabinet");
  const locale = useLocale();
  const percent = percentOf(sent, total);
  const amounts = progressAmounts(sent, total, locale);
  const numbers = t("upload.progress", amounts);
  return (
    <div className="upload-progress">
      <p className="upload-progress__name">{t("upload.sending", { name: fileName })}</p>
      <div className="upload-progress__row">
        <progress
          className="upload-progress__bar"
          max={100}
          value={percent}
          aria-label={t("upload.progressLabel", { name: fileName })}
          aria-valuetext={`${t("upload.percent", { percent })}, ${numbers}`}
        />
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={onCancel}
          ref={cancelRef}
        >
          {t("upload.cancel")}
        </button>
      </div>
      <p className="upload-progress__numbers">
        <strong>{t("upload.percent", { percent })}</strong>
        <span>{numbers}</span>
      </p>
      {total > RESUMABLE_FROM ? <p className="upload-progress__note">{t("upload.resumeNote")}</p> : null}
    </div>
  );
}
