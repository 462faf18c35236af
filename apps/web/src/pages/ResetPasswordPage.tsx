import { resetPasswordInput } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useSetSessionUser } from "../auth/session.ts";
import { FormAlert, SubmitButton, TextField } from "../components/forms.tsx";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useFormErrors } from "../lib/useFormErrors.ts";
import { validate } from "../lib/validate.ts";
import { useTRPC } from "../trpc.ts";
import { AuthShell } from "./auth/AuthShell.tsx";

const fields = ["password"] as const;
// The token is checked by the server; here only the new password is.
const passwordInput = resetPasswordInput.pick({ password: true });

export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.reset.title"));
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const setUser = useSetSessionUser();
  const [password, setPassword] = useState("");
  const form = useFormErrors(fields);
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: (user) => {
        setUser(user);
        void navigate("/", { replace: true });
      },
      onError: form.fail,
    }),
  );
  const linkProblem = reset.error !== null && form.messages.form !== null && !form.messages.fields.password;

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = validate(passwordInput, { password });
    if (problem) return form.report(problem);
    form.clear();
    reset.mutate({ token, password });
  }

  return (
    <AuthShell title={t("auth.reset.title")} lead={t("auth.reset.lead")}>
      {token === "" ? (
        <div className="notice notice--error" role="alert">
          <p>{t("auth.reset.missingToken")}</p>
          <Link to="/forgot-password" className="button button--secondary button--sm">
            {t("auth.reset.requestNew")}
          </Link>
        </div>
      ) : (
        <form className="form" noValidate onSubmit={submit} ref={form.formRef}>
          <FormAlert message={form.messages.form} ref={form.alertRef} />
          {linkProblem ? (
            <p className="form__aside">
              <Link to="/forgot-password">{t("auth.reset.requestNew")}</Link>
            </p>
          ) : null}
          <TextField
            name="password"
            type="password"
            label={t("auth.fields.password")}
            autoComplete="new-password"
            value={password}
            onChange={(value) => {
              setPassword(value);
              form.clearField("password");
            }}
            hint={t("auth.passwordRule")}
            error={form.messages.fields.password}
          />
          <SubmitButton pending={reset.isPending || reset.isSuccess} busyLabel={t("auth.reset.busy")}>
            {t("auth.reset.submit")}
          </SubmitButton>
        </form>
      )}
    </AuthShell>
  );
}
