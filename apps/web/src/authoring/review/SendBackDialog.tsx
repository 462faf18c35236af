/** Sending an event back: the note the author reads in the cabinet and in their letter. */
import { REVIEW_NOTE_MAX_LENGTH } from "@pavilion/schema";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../cabinet/Dialog.tsx";
import { TextAreaField } from "../../cabinet/forms/fields.tsx";
import { errorMessage } from "../../cabinet/forms/messages.ts";
import type { Translate } from "../../lib/errors.ts";

export function SendBackDialog({
  open,
  title,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  pending: boolean;
  error: unknown;
  onConfirm: (note: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation("authoring");
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState(false);
  return (
    <Dialog open={open} title={t("review.sendBackTitle", { title })} onClose={onClose}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (note.trim() === "") return setMissing(true);
          onConfirm(note.trim());
        }}
      >
        <p className="dialog__text">{t("review.sendBackText")}</p>
        <TextAreaField
          name="note"
          label={t("review.note")}
          value={note}
          onChange={(text) => {
            setNote(text);
            setMissing(false);
          }}
          error={missing ? t("review.noteRequired") : undefined}
          maxLength={REVIEW_NOTE_MAX_LENGTH}
          rows={4}
          required
        />
        {error ? (
          <p className="field__error" role="alert">
            {errorMessage(error, t as unknown as Translate)}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("review.keep")}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={pending}
            aria-busy={pending || undefined}
          >
            {pending ? <span className="spinner" aria-hidden="true" /> : null}
            {t("review.sendBack")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
