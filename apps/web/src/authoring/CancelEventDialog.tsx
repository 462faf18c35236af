/** Cancelling an event: a required reason, which its registrants read in their letter. */
import { CANCEL_REASON_MAX_LENGTH } from "@pavilion/schema";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../cabinet/Dialog.tsx";
import { TextAreaField } from "../cabinet/forms/fields.tsx";
import { errorMessage } from "../cabinet/forms/messages.ts";
import type { Translate } from "../lib/errors.ts";

interface Props {
  open: boolean;
  registered: number;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

export function CancelEventDialog({ open, registered, pending, error, onConfirm, onClose }: Props) {
  const { t } = useTranslation("authoring");
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const failure = error ? errorMessage(error, t as unknown as Translate) : null;
  return (
    <Dialog open={open} title={t("cancel.title")} onClose={onClose} role="alertdialog">
      <form
        className="dialog__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim() === "") {
            setMissing(true);
            return;
          }
          onConfirm(reason.trim());
        }}
      >
        <p className="dialog__text">{t("cancel.text", { count: registered })}</p>
        <TextAreaField
          name="reason"
          label={t("cancel.reason")}
          hint={t("cancel.reasonHint")}
          value={reason}
          onChange={(text) => {
            setReason(text);
            setMissing(false);
          }}
          error={missing ? t("cancel.reasonRequired") : undefined}
          maxLength={CANCEL_REASON_MAX_LENGTH}
          rows={3}
          required
        />
        {failure ? (
          <p className="field__error" role="alert">
            {failure}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("cancel.keep")}
          </button>
          <button
            type="submit"
            className="button button--danger-solid"
            disabled={pending}
            aria-busy={pending || undefined}
          >
            {pending ? <span className="spinner" aria-hidden="true" /> : null}
            {t("cancel.confirm")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
