import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";

/** What /booths/<id> shows for an id that is malformed or names no booth: a page, not an error. */
export function BoothNotFound() {
  const { t } = useTranslation("booth");
  useDocumentTitle(t("page.notFound.title"));
  return (
    <div className="container page page--centered">
      <p className="big-code" aria-hidden="true">
        404
      </p>
      <h1 className="page-title">{t("page.notFound.title")}</h1>
      <p className="page-lead">{t("page.notFound.text")}</p>
      <div className="button-row">
        <Link to="/exhibitors" className="button button--primary">
          {t("page.notFound.browse")}
        </Link>
        <Link to="/" className="button button--secondary">
          {t("common.backHome", { ns: "ui" })}
        </Link>
      </div>
    </div>
  );
}
