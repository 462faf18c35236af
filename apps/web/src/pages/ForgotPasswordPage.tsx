import { requestPasswordResetInput } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormAlert, SubmitButton, TextField } from "../components/forms.tsx";
import { Icon } from "../components/Icon.tsx";
import { useLocale } from "../i18n/useLocale.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useFormErrors } from "../lib/useFormErrors.ts";
import { validate } from "../lib/validate.ts";
import { useTRPC } from "../trpc.ts";
import { AuthShell } from "./auth/AuthShell.tsx";

const fields = ["email"] as const;

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.forgot.title"));
  const trpc = useTRPC();
  const locale = useLocale();
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useFormErrors(fields);
  const request = useMutation(
    trpc.auth.requestPasswordReset.mutationOptions({
      onSuccess: (_, input) => setSentTo(input.email),
      onError: form.fail,
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = { email, locale };
    const problem = validate(requestPasswordResetInput, input);
    if (problem) return form.report(problem);
    form.clear();
    request.mutate(input);
  }

  return (
    <AuthShell title={t("auth.forgot.title")} lead={t("auth.forgot.lead")}>
      {sentTo ? (
        <div className="notice notice--success" role="status">
          <Icon name="mail" />
          <div>
            <p className="notice__title">{t("auth.forgot.sentTitle")}</p>
            <p>{t("auth.forgot.sent", { email: sentTo })}</p>
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={() => {
                setSentTo(null);
                request.reset();
              }}
            >
              {t("auth.forgot.again")}
            </button>
          </div>
        </div>
      ) : (
        <form className="form" noValidate onSubmit={submit} ref={form.formRef}>
          <FormAlert message={form.messages.form} ref={form.alertRef} />
          <TextField
            name="email"
            type="email"
            label={t("auth.fields.email")}
            autoComplete="email"
            value={email}
            onChange={(value) => {
              setEmail(value);
              form.clearField("email");
            }}
            error={form.messages.fields.email}
          />
          <SubmitButton pending={request.isPending} busyLabel={t("auth.forgot.busy")}>
            {t("auth.forgot.submit")}
          </SubmitButton>
        </form>
      )}
      <p className="auth__switch">
        <Link to="/sign-in">{t("auth.forgot.backToSignIn")}</Link>
      </p>
    </AuthShell>
  );
}
