import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { NotFoundView } from "../components/NotFoundView.tsx";

/** What /floors/<slug> shows for a slug that names no floor: a page, not an error. */
export function FloorNotFound() {
  const { t } = useTranslation("floor");
  return (
    <NotFoundView title={t("notFound.title")} text={t("notFound.text")}>
      <Link to="/#floors" className="button button--primary">
        {t("notFound.allFloors")}
      </Link>
    </NotFoundView>
  );
}
