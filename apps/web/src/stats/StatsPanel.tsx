import { useTranslation } from "react-i18next";

/** Placeholder until its owner builds it (issue 7). */
export function StatsPanel() {
  const { t } = useTranslation("stats");
  return <h2>{t("tab")}</h2>;
}
