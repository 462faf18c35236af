import { useTranslation } from "react-i18next";
import { useOverview } from "../exhibition/useOverview.ts";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { formatDateRange } from "../lib/format.ts";
import { LogoMark } from "./LogoMark.tsx";

export function SiteFooter() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data: overview } = useOverview();
  const name = pickText(overview?.name, locale) || t("appName");

  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div className="site-footer__brand">
          <LogoMark size={32} />
          <div>
            <p className="site-footer__name">{name}</p>
            {overview ? (
              <p className="site-footer__dates">
                {formatDateRange(overview.startsOn, overview.endsOn, locale)}
              </p>
            ) : null}
          </div>
        </div>
        <p className="site-footer__about">{t("layout.footer.about")}</p>
        <p className="site-footer__powered">{t("layout.footer.poweredBy")}</p>
      </div>
    </footer>
  );
}
