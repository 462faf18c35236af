import type { ExhibitionOverview } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "../../components/Icon.tsx";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";

/** The floors as cards; each opens that floor (3D, or its 2D plan). */
export function FloorCards({ floors }: { floors: ExhibitionOverview["floors"] }) {
  const { t } = useTranslation();
  const locale = useLocale();

  return (
    <section className="section" aria-labelledby="floors-title" id="floors">
      <div className="container">
        <header className="section__header">
          <h2 className="section__title" id="floors-title">
            {t("home.floorsTitle")}
          </h2>
          <p className="section__lead">{t("home.floorsLead")}</p>
        </header>
        <ul className="floor-grid">
          {floors.map((floor, index) => (
            <li className="floor-card" key={floor.id}>
              <span className="floor-card__number" aria-hidden="true">
                {String(index + 1).padStart(2, "0")}
              </span>
              <h3 className="floor-card__name">
                <Link className="floor-card__link" to={`/floors/${encodeURIComponent(floor.slug)}`}>
                  {pickText(floor.name, locale)}
                </Link>
              </h3>
              <p className="floor-card__count">
                <Icon name="users" size={18} />
                <span>{t("home.exhibitors", { count: floor.exhibitorCount })}</span>
              </p>
              <Icon name="arrowRight" className="floor-card__arrow" />
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
