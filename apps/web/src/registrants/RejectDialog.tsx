import { decideRegistrationInput, REJECTION_REASON_MAX_LENGTH, type Registrant } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../cabinet/Dialog.tsx";
import { TextAreaField } from "../cabinet/forms/fields.tsx";
import { FormAlert } from "../components/forms.tsx";
import { useLocale } from "../i18n/useLocale.ts";
import { formatDateTime, timeZoneLabel } from "../lib/format.ts";
import { useFormErrors } from "../lib/useFormErrors.ts";
import { validate } from "../lib/validate.ts";
import { useTRPC } from "../trpc.ts";
import { personName } from "./rowState.ts";

const fields = ["reason"] as const;

/**
 * Asks for the reason of a rejection, with the deadline in sight and the rule that sets it;
 * a refusal from the server (the deadline passed meanwhile) shows here, translated.
 */
export function RejectDialog({
  registrant,
  timezone,
  onClose,
  onRejected,
}: {
  /** The application to reject; null keeps the dialog closed. */
  registrant: Registrant | null;
  timezone: string;
  onClose: () => void;
  onRejected: (registrant: Registrant) => Promise<void>;
}) {
  const { t } = useTranslation("registrants");
  const locale = useLocale();
  const trpc = useTRPC();
  const [reason, setReason] = useState("");
  const form = useFormErrors(fields);
  const reject = useMutation(trpc.registration.decide.mutationOptions({ onError: form.fail }));
  const name = registrant ? personName(registrant, locale) : "";

  function close() {
    setReason("");
    form.clear();
    reject.reset();
    onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!registrant) return;
    const input = { registrationId: registrant.id, decision: "reject" as const, reason };
    const problem = validate(decideRegistrationInput, input);
    if (problem) return form.report(problem);
    form.clear();
    reject.mutate(input, {
      onSuccess: async () => {
        await onRejected(registrant);
        close();
      },
    });
  }

  const until = registrant?.rejectableUntil;
  return (
    <Dialog open={registrant !== null} title={t("rejectDialog.title", { name })} onClose={close}>
      <form className="form" noValidate onSubmit={submit} ref={form.formRef}>
        {until ? (
          <p className="reject-dialog__until">
            {t("rejectDialog.until", {
              time: `${formatDateTime(until, locale, timezone)} (${timeZoneLabel(timezone, locale, new Date(until))})`,
            })}
          </p>
        ) : null}
        <p className="dialog__text">{t("rejectDialog.rule")}</p>
        <FormAlert message={form.messages.form} ref={form.alertRef} />
        <TextAreaField
          name="reason"
          label={t("rejectDialog.reason")}
          hint={t("rejectDialog.reasonHint", { max: REJECTION_REASON_MAX_LENGTH })}
          value={reason}
          onChange={(value) => {
            setReason(value);
            form.clearField("reason");
          }}
          error={form.messages.fields.reason}
          maxLength={REJECTION_REASON_MAX_LENGTH}
          rows={4}
          required
        />
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={close}>
            {t("cabinet:dialog.cancel")}
          </button>
          <button
            type="submit"
            className="button button--danger-solid"
            disabled={reject.isPending}
            aria-busy={reject.isPending || undefined}
          >
            {reject.isPending ? <span className="spinner" aria-hidden="true" /> : null}
            {t("rejectDialog.submit")}
          </button>
        </div>
        <span className="visually-hidden" role="status">
          {reject.isPending ? t("rejectDialog.busy") : ""}
        </span>
      </form>
    </Dialog>
  );
}
