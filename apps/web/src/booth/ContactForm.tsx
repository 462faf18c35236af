import { leaveContactsInput } from "@pavilion/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert, SubmitButton } from "../components/forms.tsx";
import { useFormErrors } from "../lib/useFormErrors.ts";
import { validate } from "../lib/validate.ts";
import { useTRPC } from "../trpc.ts";
import { CardField, ConsentField } from "./CardFields.tsx";
import { type CardValues, cardFields } from "./contactCard.ts";

type TextField = Exclude<(typeof cardFields)[number], "consent">;

interface ContactFormProps {
  exhibitorId: string;
  company: string;
  initial: CardValues;
  /** A preview: everything is shown, nothing can be changed or sent. */
  disabled?: boolean;
  /** After the card was sent (the caller shows what was sent). */
  onSent?: () => void;
  /** Offered when there is a sent card to go back to. */
  onCancel?: () => void;
  /** Put the keyboard in the first field at once (the visitor asked to edit their card). */
  focusFirst?: boolean;
}

/** The visitor's business card for this booth: their details, a message, and their explicit consent. */
export function ContactForm({
  exhibitorId,
  company,
  initial,
  disabled = false,
  onSent,
  onCancel,
  focusFirst = false,
}: ContactFormProps) {
  const { t } = useTranslation("booth");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initial);
  const form = useFormErrors(cardFields);
  const send = useMutation(
    trpc.booth.leaveContacts.mutationOptions({
      onSuccess: async (_result, { name, company, position, email, phone, message }) => {
        const key = trpc.booth.myCard.queryKey({ exhibitorId });
        const createdAt = new Date().toISOString();
        // Show what was sent at once; the server's copy (with its date) replaces it.
        queryClient.setQueryData(key, () => ({ name, company, position, email, phone, message, createdAt }));
        await queryClient.invalidateQueries({ queryKey: key });
        onSent?.();
      },
      onError: form.fail,
    }),
  );

  const { formRef } = form;
  useEffect(() => {
    const first = formRef.current?.elements.namedItem(cardFields[0]);
    if (focusFirst && first instanceof HTMLElement) first.focus();
  }, [focusFirst, formRef]);

  function change(field: TextField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (disabled) return;
    const input = { exhibitorId, ...values };
    const parsed = leaveContactsInput.safeParse(input);
    if (!parsed.success) {
      const problem = validate(leaveContactsInput, input);
      if (problem) form.report(problem);
      return;
    }
    form.clear();
    send.mutate(parsed.data);
  }

  const errors = form.messages.fields;
  const field = (name: TextField) => ({
    name,
    label: t(`page.card.fields.${name}`),
    value: values[name],
    onChange: (value: string) => change(name, value),
    error: errors[name],
  });
  const optional = t("page.card.optional");
  return (
    <form className="booth-form" noValidate onSubmit={submit} ref={form.formRef}>
      <fieldset className="booth-form__fields" disabled={disabled}>
        <FormAlert message={form.messages.form} ref={form.alertRef} />
        <CardField {...field("name")} autoComplete="name" />
        <CardField {...field("company")} autoComplete="organization" optional={optional} />
        <CardField {...field("position")} autoComplete="organization-title" optional={optional} />
        <CardField {...field("email")} type="email" autoComplete="email" />
        <CardField {...field("phone")} type="tel" autoComplete="tel" optional={optional} />
        <CardField {...field("message")} multiline optional={optional} hint={t("page.card.messageHint")} />
        <ConsentField
          label={t("page.card.consent", { company })}
          checked={values.consent}
          onChange={(consent) => {
            setValues((current) => ({ ...current, consent }));
            form.clearField("consent");
          }}
          error={errors.consent ? t("page.card.consentRequired") : undefined}
        />
        <div className="booth-form__actions">
          <SubmitButton pending={send.isPending} busyLabel={t("page.card.busy")}>
            {t("page.card.submit")}
          </SubmitButton>
          {onCancel ? (
            <button type="button" className="button button--ghost button--block" onClick={onCancel}>
              {t("page.card.cancel")}
            </button>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
