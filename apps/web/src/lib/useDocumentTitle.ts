import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useOverview } from "../exhibition/useOverview.ts";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";

/** Sets the tab's title to "page · exhibition", in the current language. */
export function useDocumentTitle(page: string | null) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data } = useOverview();
  const site = pickText(data?.name, locale) || t("appName");
  useEffect(() => {
    document.title = page ? t("documentTitle", { page, site }) : site;
  }, [page, site, t]);
}
