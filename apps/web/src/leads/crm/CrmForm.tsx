import type { CrmWebhook } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../cabinet/forms/messages.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import type { Translate } from "../../lib/errors.ts";
import { formatDateTime } from "../../lib/format.ts";
import { useTRPC } from "../../trpc.ts";

/** The owner's form: the address and whether leads go to it; the secret's last characters beside. */
export function CrmForm({
  exhibitorId,
  webhook,
  onSaved,
}: {
  exhibitorId: string;
  webhook: CrmWebhook | null;
  onSaved: (saved: CrmWebhook & { secret: string | null }) => void;
}) {
  const { t } = useTranslation("leads");
  const locale = useLocale();
  const trpc = useTRPC();
  const urlId = useId();
  const hintId = useId();
  const errorId = useId();
  const [url, setUrl] = useState(webhook?.url ?? "");
  const [enabled, setEnabled] = useState(webhook?.enabled ?? true);
  useEffect(() => {
    setUrl(webhook?.url ?? "");
    setEnabled(webhook?.enabled ?? true);
  }, [webhook]);
  const save = useMutation(trpc.crm.save.mutationOptions({ onSuccess: onSaved }));
  const error = save.error ? errorMessage(save.error, t as unknown as Translate) : null;

  return (
    <form
      className="crm-form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ exhibitorId, url: url.trim(), enabled });
      }}
    >
      <div className={error ? "field field--invalid" : "field"}>
        <label className="field__label" htmlFor={urlId}>
          {t("crm.url")}
        </label>
        <input
          id={urlId}
          className="field__input"
          type="url"
          inputMode="url"
          required
          maxLength={2000}
          placeholder="https://crm.example.com/hooks/pavilion"
          value={url}
          spellCheck={false}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setUrl(event.target.value)}
        />
        <p className="field__hint" id={hintId}>
          {t("crm.urlHint")}
        </p>
        {error ? (
          <p className="field__error" id={errorId} role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <label className="crm-form__check">
        <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
        {t("crm.enabled")}
      </label>
      <div className="crm-form__foot">
        <button
          type="submit"
          className="button button--primary button--sm"
          disabled={save.isPending}
          aria-busy={save.isPending || undefined}
        >
          {save.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          {t("crm.save")}
        </button>
        {webhook ? (
          <p className="crm-form__meta">
            {t("crm.secret")}: <code>{webhook.secretHint}</code> ·{" "}
            {t("crm.updated", { time: formatDateTime(webhook.updatedAt, locale) })}
          </p>
        ) : null}
      </div>
    </form>
  );
}
