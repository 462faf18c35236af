/** The company's logo and video presentation: what is there now, and uploading a new one. */
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../components/Icon.tsx";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatDuration } from "../../lib/format.ts";
import { useTRPC } from "../../trpc.ts";
import { CompanyLogo } from "../CompanyLogo.tsx";
import { ConfirmDialog } from "../Dialog.tsx";
import { Panel } from "../frame/CabinetTab.tsx";
import { UploadBox } from "../upload/UploadBox.tsx";
import { useApplyDraft, useCabinet } from "../useCabinet.ts";

export function LogoSection() {
  const { t } = useTranslation("cabinet");
  const locale = useLocale();
  const trpc = useTRPC();
  const { overview } = useCabinet();
  const { draft, exhibitorId } = overview;
  const applyDraft = useApplyDraft(exhibitorId);
  const setLogo = useMutation(trpc.cabinet.setLogo.mutationOptions({ onSuccess: applyDraft }));
  const name = pickText(draft.profile.name, locale) || "—";

  return (
    <Panel titleId="logo-title" title={t("logo.title")} lead={t("logo.lead")} className="media-section">
      <div className="media-section__row">
        <figure className="media-section__logo">
          <CompanyLogo
            url={draft.logoUrl}
            name={name}
            color={draft.profile.color}
            size={112}
            alt={t("logo.current")}
          />
          {draft.logoUrl ? null : (
            <figcaption className="media-section__caption">{t("logo.none")}</figcaption>
          )}
        </figure>
        <UploadBox
          purpose="logo"
          label={t(draft.logoUrl ? "logo.replace" : "logo.choose")}
          processingLabel={t("logo.saving")}
          onUploaded={(uploadId) => setLogo.mutateAsync({ exhibitorId, uploadId })}
        />
      </div>
      <p className="visually-hidden" role="status">
        {setLogo.isSuccess ? t("logo.saved") : ""}
      </p>
    </Panel>
  );
}

export function VideoSection() {
  const { t } = useTranslation("cabinet");
  const trpc = useTRPC();
  const { overview } = useCabinet();
  const { draft, exhibitorId } = overview;
  const applyDraft = useApplyDraft(exhibitorId);
  const setVideo = useMutation(trpc.cabinet.setVideo.mutationOptions({ onSuccess: applyDraft }));
  const [confirming, setConfirming] = useState(false);
  const clearVideo = useMutation(
    trpc.cabinet.clearVideo.mutationOptions({
      onSuccess: (next) => {
        setConfirming(false);
        applyDraft(next);
      },
    }),
  );
  const video = draft.video;

  return (
    <Panel titleId="video-title" title={t("video.title")} lead={t("video.lead")} className="media-section">
      {video ? (
        <div className="video-card">
          {video.posterUrl ? (
            <img className="video-card__poster" src={video.posterUrl} alt={t("video.poster")} />
          ) : (
            <span className="video-card__poster video-card__poster--none">{t("video.noPoster")}</span>
          )}
          <div className="video-card__info">
            {video.durationMs !== null ? (
              <p className="video-card__duration">
                <Icon name="clock" size={16} />
                {t("video.duration", { duration: formatDuration(video.durationMs) })}
              </p>
            ) : null}
            <a className="video-card__open" href={video.url} target="_blank" rel="noreferrer">
              {t("video.watch")}
            </a>
            <button
              type="button"
              className="button button--ghost button--sm button--danger"
              onClick={() => {
                clearVideo.reset();
                setConfirming(true);
              }}
            >
              {t("video.remove")}
            </button>
          </div>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t("video.removeConfirm")}
        text={t("video.removeText")}
        confirmLabel={t("video.remove")}
        action={clearVideo}
        onConfirm={() => clearVideo.mutate({ exhibitorId })}
        onClose={() => setConfirming(false)}
      />
      <UploadBox
        purpose="video"
        label={t(video ? "video.replace" : "video.choose")}
        processingLabel={t("video.saving")}
        onUploaded={(uploadId) => setVideo.mutateAsync({ exhibitorId, uploadId })}
      />
      <p className="visually-hidden" role="status">
        {setVideo.isSuccess ? t("video.saved") : clearVideo.isSuccess ? t("video.removed") : ""}
      </p>
    </Panel>
  );
}
