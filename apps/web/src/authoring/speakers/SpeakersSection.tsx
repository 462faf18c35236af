/** The author's speakers: the list with each one's events, the questionnaire to add or change one, and delete. */
import type { AuthoredSpeaker } from "@pavilion/schema";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog, Dialog, useFocusAfterRemoval } from "../../cabinet/Dialog.tsx";
import { LoadError } from "../../components/states.tsx";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useTRPC } from "../../trpc.ts";
import { useAuthoringCache } from "../useAuthoringCache.ts";
import { SpeakerForm } from "./SpeakerForm.tsx";

export function SpeakersSection({ exhibitorId }: { exhibitorId: string | null }) {
  const { t } = useTranslation("authoring");
  const locale = useLocale();
  const trpc = useTRPC();
  const cache = useAuthoringCache();
  const speakers = useQuery(trpc.authoring.speakers.queryOptions({ exhibitorId }));
  const [editing, setEditing] = useState<AuthoredSpeaker | "new" | null>(null);
  const [deleting, setDeleting] = useState<AuthoredSpeaker | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const afterRemoval = useFocusAfterRemoval(headingRef);
  const remove = useMutation(
    trpc.authoring.deleteSpeaker.mutationOptions({
      onSuccess: () => {
        afterRemoval.removed();
        cache.refreshSpeakers();
        setDeleting(null);
      },
    }),
  );

  return (
    <section className="panel authoring-speakers-section" aria-labelledby="authoring-speakers-title">
      <div className="panel__head">
        <div>
          <h2 className="panel__title" id="authoring-speakers-title" ref={headingRef} tabIndex={-1}>
            {t("speakers.title")}
          </h2>
          <p className="panel__lead">{t("speakers.lead")}</p>
        </div>
        <button type="button" className="button button--secondary" onClick={() => setEditing("new")}>
          {t("speakers.add")}
        </button>
      </div>
      {speakers.isError ? <LoadError onRetry={() => void speakers.refetch()} /> : null}
      {speakers.data?.length === 0 ? <p className="empty-note">{t("speakers.empty")}</p> : null}
      <ul className="authoring-speaker-list">
        {speakers.data?.map((speaker) => {
          const name = pickText(speaker.name, locale) || "—";
          return (
            <li key={speaker.id} className="authoring-speaker-card">
              {speaker.photoUrl ? (
                <img className="authoring-speaker-card__photo" src={speaker.photoUrl} alt="" />
              ) : (
                <span
                  className="authoring-speaker-card__photo authoring-speaker-card__photo--empty"
                  aria-hidden="true"
                >
                  {name.slice(0, 1)}
                </span>
              )}
              <div className="authoring-speaker-card__text">
                <p className="authoring-speaker-card__name">{name}</p>
                <p className="authoring-speaker-card__meta">
                  {[pickText(speaker.company, locale), pickText(speaker.achievements, locale)]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                {speaker.events.length ? (
                  <p className="authoring-speaker-card__meta">
                    {t("speakers.onEvents", {
                      events: speaker.events.map((event) => pickText(event.title, locale)).join(", "),
                    })}
                  </p>
                ) : null}
              </div>
              <div className="authoring-speaker-card__actions">
                <button
                  type="button"
                  className="button button--ghost button--sm"
                  onClick={() => setEditing(speaker)}
                  aria-label={t("speakers.editNamed", { name })}
                >
                  {t("speakers.edit")}
                </button>
                <button
                  type="button"
                  className="button button--ghost button--sm"
                  onClick={() => {
                    remove.reset();
                    afterRemoval.opened();
                    setDeleting(speaker);
                  }}
                  aria-label={t("speakers.deleteNamed", { name })}
                >
                  {t("speakers.delete")}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <Dialog
        open={editing !== null}
        title={editing === "new" ? t("speakers.newTitle") : t("speakers.editTitle")}
        onClose={() => setEditing(null)}
        size="large"
      >
        {editing !== null ? (
          <SpeakerForm
            speaker={editing === "new" ? null : editing}
            exhibitorId={exhibitorId}
            onSaved={(saved) => setEditing(saved)}
            onClose={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title={t("speakers.deleteTitle", { name: pickText(deleting?.name, locale) })}
        text={deleting?.deletable === false ? t("speakers.deleteInUse") : t("speakers.deleteText")}
        confirmLabel={t("speakers.delete")}
        action={remove}
        onConfirm={() => deleting && remove.mutate({ speakerId: deleting.id })}
        onClose={() => setDeleting(null)}
        restoreFocus={afterRemoval.restoreFocus}
      />
    </section>
  );
}
