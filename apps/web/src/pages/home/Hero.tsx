import type { ExhibitionOverview, SessionUser } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "../../components/Icon.tsx";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatDateRange } from "../../lib/format.ts";
import { FloorPlanArt } from "./FloorPlanArt.tsx";

export function Hero({
  overview,
  user,
}: {
  overview: ExhibitionOverview;
  user: SessionUser | null | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tagline = pickText(overview.tagline, locale);

  return (
    <section className="hero" aria-labelledby="hero-title">
      <div className="container hero__inner">
        <div className="hero__content">
          <p className="hero__eyebrow">{t("home.eyebrow")}</p>
          <h1 className="hero__title" id="hero-title">
            {pickText(overview.name, locale)}
          </h1>
          {tagline ? <p className="hero__tagline">{tagline}</p> : null}
          <ul className="hero__facts">
            <li>
              <Icon name="calendar" />
              <span>{formatDateRange(overview.startsOn, overview.endsOn, locale)}</span>
            </li>
            <li>
              <Icon name="users" />
              <span>{t("home.exhibitors", { count: overview.exhibitorCount })}</span>
            </li>
            <li>
              <Icon name="layers" />
              <span>{t("home.floorsStat", { count: overview.floors.length })}</span>
            </li>
            {overview.today.length > 0 ? (
              <li>
                <Icon name="clock" />
                <span>{t("home.eventsToday", { count: overview.today.length })}</span>
              </li>
            ) : null}
          </ul>
          {user ? <p className="hero__welcome">{t("home.ctaSignedIn", { name: user.name })}</p> : null}
          <div className="hero__actions">
            {user ? null : (
              <Link to="/sign-up" className="button button--accent button--lg">
                {t("home.ctaSignUp")}
              </Link>
            )}
            <Link
              to="/exhibitors"
              className={user ? "button button--accent button--lg" : "button button--ghost-light button--lg"}
            >
              <span>{t("home.ctaExplore")}</span>
              <Icon name="arrowRight" />
            </Link>
          </div>
        </div>
        <FloorPlanArt />
      </div>
    </section>
  );
}
