/** Visitors per floor, each with a link to its heat map for the same period. */
import type { OrganiserDashboard } from "@pavilion/schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { formatCount } from "./format.ts";
import { heatMapHref, type Period } from "./period.ts";

export function FloorsTable({ floors, period }: { floors: OrganiserDashboard["floors"]; period: Period }) {
  const { t } = useTranslation("analytics");
  const locale = useLocale();
  const titleId = useId();
  return (
    <section className="analytics-card" aria-labelledby={titleId}>
      <h2 className="analytics-card__title" id={titleId}>
        {t("floors.title")}
      </h2>
      {floors.length === 0 ? (
        <p className="analytics-card__empty">{t("floors.empty")}</p>
      ) : (
        <div className="analytics-table-wrap">
          <table className="analytics-table">
            <thead>
              <tr>
                <th scope="col">{t("floors.floor")}</th>
                <th scope="col" className="analytics-table__num">
                  {t("floors.uniqueVisitors")}
                </th>
                <th scope="col" className="analytics-table__num">
                  {t("floors.visits")}
                </th>
                <th scope="col" className="analytics-table__hide-narrow">
                  <span className="visually-hidden">{t("floors.heatMap")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {floors.map((floor) => {
                const name = pickText(floor.name, locale);
                const heatLink = (className: string) => (
                  <Link
                    className={className}
                    to={heatMapHref(floor.slug, period)}
                    aria-label={t("floors.heatMapOf", { floor: name })}
                  >
                    <span className="analytics-heat-link__swatch" aria-hidden="true" />
                    {t("floors.heatMap")}
                  </Link>
                );
                return (
                  <tr key={floor.floorId}>
                    <th scope="row">
                      {name}
                      {/* On a phone the link sits under the name; the table's own column is hidden. */}
                      {heatLink("analytics-heat-link analytics-heat-link--inline")}
                    </th>
                    <td className="analytics-table__num">{formatCount(floor.uniqueVisitors, locale)}</td>
                    <td className="analytics-table__num">{formatCount(floor.visits, locale)}</td>
                    <td className="analytics-table__action analytics-table__hide-narrow">
                      {heatLink("analytics-heat-link")}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
