import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { NotFoundView } from "../components/NotFoundView.tsx";

/** What /booths/<id> shows for an id that is malformed or names no booth: a page, not an error. */
export function BoothNotFound() {
  const { t } = useTranslation("booth");
  return (
    <NotFoundView title={t("page.notFound.title")} text={t("page.notFound.text")}>
      <div className="button-row">
        <Link to="/exhibitors" className="button button--primary">
          {t("page.notFound.browse")}
        </Link>
        <Link to="/" className="button button--secondary">
          {t("common.backHome", { ns: "ui" })}
        </Link>
      </div>
    </NotFoundView>
  );
}
