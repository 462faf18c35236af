import { signUpInput } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { safeNext } from "../auth/next.ts";
import { useSession, useSetSessionUser } from "../auth/session.ts";
import { FormAlert, SubmitButton, TextField } from "../components/forms.tsx";
import { useLocale } from "../i18n/useLocale.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useFormErrors } from "../lib/useFormErrors.ts";
import { validate } from "../lib/validate.ts";
import { useTRPC } from "../trpc.ts";
import { AuthShell } from "./auth/AuthShell.tsx";
import { SignedInNotice } from "./auth/SignedInNotice.tsx";

const fields = ["name", "email", "password"] as const;

export function SignUpPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.signUp.title"));
  const trpc = useTRPC();
  const locale = useLocale();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const { data: user } = useSession();
  const setUser = useSetSessionUser();
  const [values, setValues] = useState({ name: "", email: "", password: "" });
  const form = useFormErrors(fields);
  const signUp = useMutation(
    trpc.auth.signUp.mutationOptions({
      onSuccess: (created) => {
        setUser(created);
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
    const input = { ...values, locale };
    const problem = validate(signUpInput, input);
    if (problem) return form.report(problem);
    form.clear();
    signUp.mutate(input);
  }

  const query = params.toString() ? `?${params.toString()}` : "";
  return (
    <AuthShell title={t("auth.signUp.title")} lead={t("auth.signUp.lead")}>
      {user && !signUp.isSuccess ? (
        <SignedInNotice user={user} next={next} />
      ) : (
        <form className="form" noValidate onSubmit={submit} ref={form.formRef}>
          <FormAlert message={form.messages.form} ref={form.alertRef} />
          <TextField
            name="name"
            label={t("auth.fields.name")}
            autoComplete="name"
            value={values.name}
            onChange={(value) => change("name", value)}
            hint={t("auth.nameHint")}
            error={form.messages.fields.name}
          />
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
            autoComplete="new-password"
            value={values.password}
            onChange={(value) => change("password", value)}
            hint={t("auth.passwordRule")}
            error={form.messages.fields.password}
          />
          <SubmitButton pending={signUp.isPending || signUp.isSuccess} busyLabel={t("auth.signUp.busy")}>
            {t("auth.signUp.submit")}
          </SubmitButton>
        </form>
      )}
      <p className="auth__switch">
        {t("auth.signUp.haveAccount")} <Link to={`/sign-in${query}`}>{t("auth.signUp.signInLink")}</Link>
      </p>
    </AuthShell>
  );
}
