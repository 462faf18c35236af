import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** What a page that failed to render (or to load its code) shows instead. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <div className="container page page--centered" role="alert">
      <h1 className="page-title">{t("routeError.title")}</h1>
      <p className="page-lead">{t("routeError.text")}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t("routeError.reload")}
        </button>
        <Link to="/" className="button button--secondary">
          {t("common.backHome")}
        </Link>
      </div>
    </div>
  );
}
