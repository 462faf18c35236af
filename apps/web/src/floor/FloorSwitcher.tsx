/** The floors like a lift's buttons: a number and the category, the current one lit. */
import type { FloorPlan } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";

export function FloorSwitcher({ plan }: { plan: FloorPlan }) {
  const { t } = useTranslation("floor");
  const locale = useLocale();
  if (plan.floors.length < 2) return null;
  return (
    <nav className="floor-lift" aria-label={t("lift.label")}>
      <p className="floor-lift__title" aria-hidden="true">
        {t("lift.title")}
      </p>
      <ol className="floor-lift__list">
        {plan.floors.map((floor, index) => {
          const current = floor.slug === plan.floor.slug;
          return (
            <li key={floor.id}>
              <Link
                className={`floor-lift__button${current ? " floor-lift__button--current" : ""}`}
                to={`/floors/${encodeURIComponent(floor.slug)}`}
                aria-current={current ? "page" : undefined}
                title={pickText(floor.name, locale)}
              >
                <span className="floor-lift__number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="floor-lift__name">{pickText(floor.name, locale)}</span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
