/**
 * The seven mandatory fields of SEEDS.md 001, marked with an asterisk and the mark explained,
 * checked here with the API's own schema and again by the API, whose field errors show under
 * each field. In staff mode (a person who called) it also asks for the language of their letters.
 */
import {
  type BilingualText,
  type HeardFromOption,
  type MyRegistration,
  type Registrant,
  registrationFormSchema,
} from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldShell, FormAlert, SubmitButton, TextField } from "../../components/forms.tsx";
import type { Locale } from "../../i18n/locale.ts";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import type { AppErrorInfo } from "../../lib/errors.ts";
import { useFormErrors } from "../../lib/useFormErrors.ts";
import { validate } from "../../lib/validate.ts";
import { useTRPC } from "../../trpc.ts";
import {
  type RegistrationField,
  type RegistrationValues,
  registrationFields,
  renameRegistrationError,
} from "./formValues.ts";

type TextFieldName = Exclude<RegistrationField, "heardFrom">;

const textFields: { name: TextFieldName; type: "text" | "email" | "tel"; autoComplete: string }[] = [
  { name: "lastName", type: "text", autoComplete: "family-name" },
  { name: "firstName", type: "text", autoComplete: "given-name" },
  { name: "company", type: "text", autoComplete: "organization" },
  { name: "position", type: "text", autoComplete: "organization-title" },
  { name: "email", type: "email", autoComplete: "email" },
  { name: "phone", type: "tel", autoComplete: "tel" },
];

const formFieldNames = [...registrationFields, "locale"] as const;

interface Props {
  eventId: string;
  mode: "self" | "staff";
  initial: RegistrationValues;
  options: HeardFromOption[];
  /** Above the fields: say, that applications are reviewed. */
  intro?: ReactNode;
  /** The company hosting the event: a visitor may agree to share their contacts with it. */
  host?: BilingualText | null;
  onRegistered: (result: MyRegistration | Registrant) => void;
}

/** An empty "heard from" is a choice not made, not a malformed value. */
function unchosenIsAChoice(problem: AppErrorInfo, values: RegistrationValues): AppErrorInfo {
  if (values.heardFrom !== "" || !problem.fields?.heardFrom) return problem;
  return { ...problem, fields: { ...problem.fields, heardFrom: { code: "invalidChoice" } } };
}

/** A label with the asterisk that marks it mandatory (the input itself says "required" to screen readers). */
function Required({ children }: { children: string }) {
  return (
    <>
      {children}
      <span className="registration__mark" aria-hidden="true">
        {" *"}
      </span>
    </>
  );
}

export function RegistrationFields({ eventId, mode, initial, options, intro, host, onRegistered }: Props) {
  const { t } = useTranslation("programme");
  const locale = useLocale();
  const trpc = useTRPC();
  const [values, setValues] = useState(initial);
  const [letterLocale, setLetterLocale] = useState<Locale>(locale);
  const [shareContacts, setShareContacts] = useState(false);
  const shareId = useId();
  const form = useFormErrors(formFieldNames, { rename: renameRegistrationError });
  const onSuccess = (result: MyRegistration | Registrant) => {
    if (mode === "staff") setValues(initial);
    onRegistered(result);
  };
  const register = useMutation(trpc.registration.register.mutationOptions({ onSuccess, onError: form.fail }));
  const registerByStaff = useMutation(
    trpc.registration.registerByStaff.mutationOptions({ onSuccess, onError: form.fail }),
  );
  const pending = register.isPending || registerByStaff.isPending;
  const personal = mode === "self";

  function change(field: RegistrationField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = validate(registrationFormSchema, values);
    if (problem) return form.report(unchosenIsAChoice(problem, values));
    form.clear();
    const input = { eventId, form: registrationFormSchema.parse(values) };
    if (mode === "staff") registerByStaff.mutate({ ...input, locale: letterLocale });
    else register.mutate({ ...input, shareContacts: host ? shareContacts : false });
  }

  return (
    <form className="form registration__form" noValidate onSubmit={submit} ref={form.formRef}>
      {intro}
      <p className="registration__required">{t("registration.required")}</p>
      <FormAlert message={form.messages.form} ref={form.alertRef} />
      <div className="registration__grid">
        {textFields.map((field) => (
          <TextField
            key={field.name}
            name={field.name}
            type={field.type}
            label={<Required>{t(`registration.fields.${field.name}`)}</Required>}
            autoComplete={personal ? field.autoComplete : "off"}
            value={values[field.name]}
            onChange={(value) => change(field.name, value)}
            maxLength={field.name === "phone" ? 40 : field.name === "email" ? 254 : 200}
            hint={
              field.name === "phone"
                ? t("registration.phoneHint")
                : field.name === "email" && personal
                  ? t("registration.emailHint")
                  : undefined
            }
            error={form.messages.fields[field.name]}
            className={field.name === "email" || field.name === "phone" ? "registration__wide" : undefined}
          />
        ))}
      </div>
      <FieldShell
        label={<Required>{t("registration.fields.heardFrom")}</Required>}
        error={form.messages.fields.heardFrom}
      >
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            name="heardFrom"
            className="field__input field__select"
            value={values.heardFrom}
            onChange={(event) => change("heardFrom", event.target.value)}
            required
            aria-invalid={invalid}
            aria-describedby={describedBy}
          >
            <option value="">{t("registration.choose")}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {pickText(option.label, locale)}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      {mode === "staff" ? (
        <FieldShell label={t("registration.fields.locale")} error={form.messages.fields.locale}>
          {({ id, describedBy }) => (
            <select
              id={id}
              name="locale"
              className="field__input field__select"
              value={letterLocale}
              onChange={(event) => setLetterLocale(event.target.value === "en" ? "en" : "ru")}
              aria-describedby={describedBy}
            >
              <option value="ru">{t("registration.staffLocale.ru")}</option>
              <option value="en">{t("registration.staffLocale.en")}</option>
            </select>
          )}
        </FieldShell>
      ) : null}
      {personal && host ? (
        <div className="registration__share">
          <input
            id={shareId}
            type="checkbox"
            checked={shareContacts}
            onChange={(event) => setShareContacts(event.target.checked)}
          />
          <label htmlFor={shareId}>
            {t("registration.shareContacts", { company: pickText(host, locale) })}
          </label>
        </div>
      ) : null}
      <SubmitButton pending={pending} busyLabel={t("registration.busy")}>
        {t(mode === "staff" ? "registration.submitStaff" : "registration.submit")}
      </SubmitButton>
    </form>
  );
}
