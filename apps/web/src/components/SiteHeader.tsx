import { useTranslation } from "react-i18next";
import { Link, NavLink } from "react-router";
import { useSession } from "../auth/session.ts";
import { useOverview } from "../exhibition/useOverview.ts";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { AccountControls } from "./AccountControls.tsx";
import { LanguageSwitcher } from "./LanguageSwitcher.tsx";
import { LogoMark } from "./LogoMark.tsx";

export function SiteHeader() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data: overview } = useOverview();
  const { data: user } = useSession();
  const name = pickText(overview?.name, locale) || t("appName");

  return (
    <header className="site-header">
      <div className="container site-header__bar">
        <Link to="/" className="brand">
          <LogoMark />
          <span className="brand__name">{name}</span>
        </Link>
        <nav className="site-nav" aria-label={t("layout.mainNav")}>
          <ul className="site-nav__list">
            <li>
              <NavLink to="/" end className="site-nav__link">
                {t("layout.nav.exhibition")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/exhibitors" className="site-nav__link">
                {t("layout.nav.exhibitors")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/programme" className="site-nav__link">
                {t("layout.nav.programme")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/cabinet" className="site-nav__link">
                {user && user.memberships.length > 0
                  ? t("cabinet:headerLink")
                  : t("layout.nav.forExhibitors")}
              </NavLink>
            </li>
            {user?.role === "organiser" ? (
              <li>
                <NavLink to="/admin" className="site-nav__link">
                  {t("layout.nav.admin")}
                </NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="site-header__actions">
          <LanguageSwitcher />
          <AccountControls />
        </div>
      </div>
    </header>
  );
}
