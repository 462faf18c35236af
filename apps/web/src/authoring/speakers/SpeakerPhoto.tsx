/**
 * The speaker's portrait (SEEDS.md 000: vertical, 10×15 cm, 300 dpi): choose an image, send it
 * resumably, attach it; a preview, and a note when the kept image is not portrait.
 */
import type { AuthoredSpeaker } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { type ChangeEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../cabinet/forms/messages.ts";
import { acceptFor } from "../../cabinet/upload/files.ts";
import { useTusUpload } from "../../cabinet/upload/useTusUpload.ts";
import type { Translate } from "../../lib/errors.ts";
import { useTRPC } from "../../trpc.ts";
import { useAuthoringCache } from "../useAuthoringCache.ts";

export function SpeakerPhoto({
  speaker,
  exhibitorId,
  onChanged,
}: {
  speaker: AuthoredSpeaker;
  exhibitorId: string | null;
  onChanged: (speaker: AuthoredSpeaker) => void;
}) {
  const { t } = useTranslation("authoring");
  const trpc = useTRPC();
  const cache = useAuthoringCache();
  const inputId = useId();
  const upload = useTusUpload();
  const [problem, setProblem] = useState<string | null>(null);
  const setPhoto = useMutation(trpc.authoring.setSpeakerPhoto.mutationOptions());
  const busy = upload.state.phase === "sending" || setPhoto.isPending;

  async function attach(uploadId: string | null) {
    setProblem(null);
    try {
      const photo = await setPhoto.mutateAsync({ speakerId: speaker.id, uploadId });
      cache.refreshSpeakers();
      onChanged({ ...speaker, photoUrl: photo.photoUrl, photoIsPortrait: photo.photoIsPortrait });
    } catch (cause) {
      setProblem(errorMessage(cause, t as unknown as Translate));
    }
  }

  async function chosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    // Organisers' portraits belong to no company: the server takes an empty company for them.
    const uploadId = await upload.start(file, { exhibitorId: exhibitorId ?? "", purpose: "logo" });
    if (uploadId) await attach(uploadId);
  }

  const failed = upload.state.phase === "failed" ? (upload.state.message ?? t("speakers.photoFailed")) : null;
  return (
    <section className="authoring-photo" aria-labelledby={`${inputId}-title`}>
      <h3 className="authoring-photo__title" id={`${inputId}-title`}>
        {t("speakers.photo")}
      </h3>
      <p className="field__hint">{t("speakers.photoHint")}</p>
      <div className="authoring-photo__body">
        {speaker.photoUrl ? (
          <img className="authoring-photo__preview" src={speaker.photoUrl} alt={t("speakers.photoAlt")} />
        ) : (
          <div className="authoring-photo__preview authoring-photo__preview--empty" aria-hidden="true" />
        )}
        <div className="authoring-photo__controls">
          <input
            id={inputId}
            className="visually-hidden authoring-photo__input"
            type="file"
            accept={acceptFor.logo}
            disabled={busy}
            onChange={(event) => void chosen(event)}
          />
          <label className="button button--secondary button--sm authoring-photo__choose" htmlFor={inputId}>
            {speaker.photoUrl ? t("speakers.photoReplace") : t("speakers.photoChoose")}
          </label>
          {speaker.photoUrl ? (
            <button
              type="button"
              className="button button--ghost button--sm"
              disabled={busy}
              onClick={() => void attach(null)}
            >
              {t("speakers.photoRemove")}
            </button>
          ) : null}
          <p role="status" className="field__hint">
            {busy ? t("speakers.photoSending") : ""}
          </p>
        </div>
      </div>
      {speaker.photoIsPortrait === false ? (
        <p className="notice notice--info authoring-photo__note">{t("speakers.notPortrait")}</p>
      ) : null}
      {problem || failed ? (
        <p className="field__error" role="alert">
          {problem ?? failed}
        </p>
      ) : null}
    </section>
  );
}
