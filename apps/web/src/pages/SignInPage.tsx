import { signInInput } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { safeNext } from "../auth/next.ts";
import { useSession, useSetSessionUser } from "../auth/session.ts";
import { FormAlert, SubmitButton, TextField } from "../components/forms.tsx";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useFormErrors } from "../lib/useFormErrors.ts";
import { validate } from "../lib/validate.ts";
import { useTRPC } from "../trpc.ts";
import { AuthShell } from "./auth/AuthShell.tsx";
import { SignedInNotice } from "./auth/SignedInNotice.tsx";

const fields = ["email", "password"] as const;

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.signIn.title"));
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const { data: user } = useSession();
  const setUser = useSetSessionUser();
  const [values, setValues] = useState({ email: "", password: "" });
  const form = useFormErrors(fields);
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: (signedIn) => {
        setUser(signedIn);
        void navigate(next, { replace: true });
      },
      onError: form.fail,
    }),
  );

  function change(field: (typeof fields)[number], value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = validate(signInInput, values);
    if (problem) return form.report(problem);
    form.clear();
    signIn.mutate(values);
  }

  const query = params.toString() ? `?${params.toString()}` : "";
  return (
    <AuthShell title={t("auth.signIn.title")} lead={t("auth.signIn.lead")}>
      {user && !signIn.isSuccess ? (
        <SignedInNotice user={user} next={next} />
      ) : (
        <form className="form" noValidate onSubmit={submit} ref={form.formRef}>
          <FormAlert message={form.messages.form} ref={form.alertRef} />
          <TextField
            name="email"
            type="email"
            label={t("auth.fields.email")}
            autoComplete="email"
            value={values.email}
            onChange={(value) => change("email", value)}
            error={form.messages.fields.email}
          />
          <TextField
            name="password"
            type="password"
            label={t("auth.fields.password")}
            autoComplete="current-password"
            value={values.password}
            onChange={(value) => change("password", value)}
            error={form.messages.fields.password}
          />
          <p className="form__aside">
            <Link to="/forgot-password">{t("auth.signIn.forgot")}</Link>
          </p>
          <SubmitButton pending={signIn.isPending || signIn.isSuccess} busyLabel={t("auth.signIn.busy")}>
            {t("auth.signIn.submit")}
          </SubmitButton>
        </form>
      )}
      <p className="auth__switch">
        {t("auth.signIn.noAccount")} <Link to={`/sign-up${query}`}>{t("auth.signIn.signUpLink")}</Link>
      </p>
    </AuthShell>
  );
}
