import { useTranslation } from "react-i18next";

/** Placeholder until its owner builds it (issue 7). */
export function LeadsPanel() {
  const { t } = useTranslation("leads");
  return <h2>{t("tab")}</h2>;
}
