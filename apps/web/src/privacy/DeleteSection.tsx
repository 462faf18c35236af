/**
 * "Delete my data": a dialog that says what goes and what stays (anonymous counts), asks for the
 * password, and on success signs the person out and takes them home.
 */
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useSetSessionUser } from "../auth/session.ts";
import { Dialog } from "../cabinet/Dialog.tsx";
import { FormAlert, TextField } from "../components/forms.tsx";
import { useFormErrors } from "../lib/useFormErrors.ts";
import { useTRPC } from "../trpc.ts";

const FIELDS = ["password"] as const;

export function DeleteSection() {
  const { t } = useTranslation("privacy");
  const trpc = useTRPC();
  const titleId = useId();
  const navigate = useNavigate();
  const setUser = useSetSessionUser();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const errors = useFormErrors(FIELDS);
  const remove = useMutation(
    trpc.privacy.deleteMyData.mutationOptions({
      onSuccess: () => {
        setOpen(false);
        setUser(null);
        navigate("/", { replace: true });
      },
      // A wrong password comes back as the form's alert ("nothing was deleted"), which takes focus.
      onError: (error) => errors.fail(error),
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!password) {
      return errors.report({ code: "validation.invalid", fields: { password: { code: "required" } } });
    }
    errors.clear();
    remove.mutate({ password });
  };

  return (
    <section className="my-data__card my-data__card--danger" aria-labelledby={titleId}>
      <h2 className="my-data__title" id={titleId}>
        {t("delete.title")}
      </h2>
      <p className="my-data__lead">{t("delete.text")}</p>
      <button
        type="button"
        className="button button--danger-solid"
        onClick={() => {
          setPassword("");
          errors.clear();
          remove.reset();
          setOpen(true);
        }}
      >
        {t("delete.open")}
      </button>
      <Dialog open={open} title={t("delete.dialogTitle")} onClose={() => setOpen(false)} role="alertdialog">
        <form className="my-data__delete-form" ref={errors.formRef} onSubmit={submit} noValidate>
          <p className="dialog__text">{t("delete.dialogText")}</p>
          <FormAlert message={errors.messages.form} ref={errors.alertRef} />
          <TextField
            name="password"
            type="password"
            autoComplete="current-password"
            label={t("delete.password")}
            hint={t("delete.passwordHint")}
            value={password}
            onChange={(value) => {
              setPassword(value);
              errors.clearField("password");
            }}
            error={errors.messages.fields.password}
          />
          <div className="dialog__actions">
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              {t("delete.cancel")}
            </button>
            <button
              type="submit"
              className="button button--danger-solid"
              disabled={remove.isPending}
              aria-busy={remove.isPending || undefined}
            >
              {remove.isPending ? <span className="spinner" aria-hidden="true" /> : null}
              {t("delete.confirm")}
            </button>
          </div>
          <span className="visually-hidden" role="status">
            {remove.isPending ? t("delete.busy") : ""}
          </span>
        </form>
      </Dialog>
    </section>
  );
}
