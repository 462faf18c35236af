import { useTranslation } from "react-i18next";

/** Placeholder until its owner builds it (issue 7). */
export function MyDataPage() {
  const { t } = useTranslation("privacy");
  return <h2>{t("title")}</h2>;
}
