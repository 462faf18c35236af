import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { NotFoundView } from "../components/NotFoundView.tsx";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <NotFoundView title={t("notFound.title")} text={t("notFound.text")}>
      <Link to="/" className="button button--primary">
        {t("common.backHome")}
      </Link>
    </NotFoundView>
  );
}
