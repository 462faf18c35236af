import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";

/** What /floors/<slug> shows for a slug that names no floor: a page, not an error. */
export function FloorNotFound() {
  const { t } = useTranslation("floor");
  useDocumentTitle(t("notFound.title"));
  return (
    <div className="container page page--centered">
      <p className="big-code" aria-hidden="true">
        404
      </p>
      <h1 className="page-title">{t("notFound.title")}</h1>
      <p className="page-lead">{t("notFound.text")}</p>
      <Link to="/#floors" className="button button--primary">
        {t("notFound.allFloors")}
      </Link>
    </div>
  );
}
