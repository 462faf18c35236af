import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../components/Icon.tsx";

/** A new signing secret, shown once: copy it now, it will not be shown again. */
export function SecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation("leads");
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  // Focus moves here so the keyboard and screen readers meet the warning first.
  useEffect(() => {
    ref.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };

  return (
    <div className="secret-once" role="alert" tabIndex={-1} ref={ref} data-testid="crm-secret">
      <p className="secret-once__warning">
        <Icon name="alert" />
        <span>{t("crm.secretOnce")}</span>
      </p>
      <div className="secret-once__row">
        <span className="visually-hidden">{t("crm.secret")}: </span>
        <code className="secret-once__code">{secret}</code>
        <button type="button" className="button button--secondary button--sm" onClick={() => void copy()}>
          {copied === "yes" ? <Icon name="check" size={16} /> : null}
          {copied === "yes" ? t("crm.copied") : t("crm.copy")}
        </button>
      </div>
      {copied === "failed" ? <p className="field__error">{t("crm.copyFailed")}</p> : null}
      <button type="button" className="button button--ghost button--sm secret-once__done" onClick={onDone}>
        {t("crm.hideSecret")}
      </button>
    </div>
  );
}
