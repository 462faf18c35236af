/** What a page shows while its data loads, or when it could not. */
import { useTranslation } from "react-i18next";
import { Icon } from "./Icon.tsx";

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="container page-loading" role="status">
      <span className="spinner spinner--large" aria-hidden="true" />
      <span className="visually-hidden">{t("common.loading")}</span>
    </div>
  );
}

/** A sentence of information in a blue box, such as why a page shows nothing. */
export function Notice({ text }: { text: string }) {
  return (
    <div className="notice notice--info">
      <Icon name="alert" />
      <p>{text}</p>
    </div>
  );
}

export function LoadError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <Icon name="alert" />
      <p>{t("common.loadFailed")}</p>
      <button type="button" className="button button--secondary button--sm" onClick={onRetry}>
        {t("common.retry")}
      </button>
    </div>
  );
}
