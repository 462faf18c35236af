import { LEAD_NOTE_MAX_LENGTH, type LeadCard } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../cabinet/forms/messages.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import type { Translate } from "../../lib/errors.ts";
import { formatDateTime } from "../../lib/format.ts";
import { useTRPC } from "../../trpc.ts";

/** The team's notes on the lead, newest first, and a box to add one. */
export function LeadNotes({
  card,
  exhibitorId,
  onSaved,
}: {
  card: LeadCard;
  exhibitorId: string;
  onSaved: (card: LeadCard) => void;
}) {
  const { t } = useTranslation("leads");
  const locale = useLocale();
  const trpc = useTRPC();
  const fieldId = useId();
  const [body, setBody] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const add = useMutation(
    trpc.leads.addNote.mutationOptions({
      onSuccess: (next) => {
        onSaved(next);
        setBody("");
        setAnnouncement(t("notes.added"));
      },
    }),
  );
  const trimmed = body.trim();

  return (
    <section className="lead-card__section" aria-labelledby="lead-notes-title">
      <h3 className="panel__subtitle" id="lead-notes-title">
        {t("notes.title")}
      </h3>
      <form
        className="lead-notes__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed === "" || add.isPending) return;
          setAnnouncement("");
          add.mutate({ exhibitorId, leadId: card.id, body: trimmed });
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={fieldId}>
            {t("notes.label")}
          </label>
          <textarea
            id={fieldId}
            className="field__input lead-notes__input"
            rows={3}
            value={body}
            maxLength={LEAD_NOTE_MAX_LENGTH}
            placeholder={t("notes.placeholder")}
            onChange={(event) => setBody(event.target.value)}
          />
        </div>
        {add.error ? (
          <p className="field__error" role="alert">
            {errorMessage(add.error, t as unknown as Translate)}
          </p>
        ) : null}
        <button
          type="submit"
          className="button button--primary button--sm lead-notes__submit"
          disabled={trimmed === "" || add.isPending}
          aria-busy={add.isPending || undefined}
        >
          {add.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          {t("notes.add")}
        </button>
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </form>
      {card.notesList.length === 0 ? (
        <p className="lead-card__muted">{t("notes.empty")}</p>
      ) : (
        <ul className="lead-notes" data-testid="lead-notes">
          {card.notesList.map((note) => (
            <li key={note.id} className="lead-note">
              <p className="lead-note__body">{note.body}</p>
              <p className="lead-note__meta">
                {t("notes.by", {
                  author: note.author ?? t("notes.unknownAuthor"),
                  time: formatDateTime(note.createdAt, locale),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
