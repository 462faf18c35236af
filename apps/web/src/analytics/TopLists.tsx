/** The most visited exhibitors and the most downloaded materials of the period. */
import type { OrganiserDashboard } from "@pavilion/schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";

export function TopExhibitors({ rows }: { rows: OrganiserDashboard["topExhibitors"] }) {
  const { t } = useTranslation("analytics");
  const locale = useLocale();
  const titleId = useId();
  const max = Math.max(1, ...rows.map((r) => r.visits));
  return (
    <section className="analytics-card" aria-labelledby={titleId}>
      <h2 className="analytics-card__title" id={titleId}>
        {t("top.exhibitors")}
      </h2>
      {rows.length === 0 ? (
        <p className="analytics-card__empty">{t("top.exhibitorsEmpty")}</p>
      ) : (
        <ol className="rank-list">
          {rows.map((row) => (
            <li key={row.exhibitorId} className="rank-list__item">
              <Link className="rank-list__name" to={`/booths/${row.exhibitorId}`}>
                {pickText(row.name, locale)}
              </Link>
              <span className="rank-list__value">
                {t("top.exhibitorLine", {
                  visits: t("counts.visits", { count: row.visits }),
                  unique: t("counts.unique", { count: row.uniqueVisitors }),
                })}
              </span>
              <span className="rank-list__bar" aria-hidden="true">
                <span style={{ width: `${(row.visits / max) * 100}%` }} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function TopMaterials({ rows }: { rows: OrganiserDashboard["topMaterials"] }) {
  const { t } = useTranslation("analytics");
  const locale = useLocale();
  const titleId = useId();
  const max = Math.max(1, ...rows.map((r) => r.downloads));
  return (
    <section className="analytics-card" aria-labelledby={titleId}>
      <h2 className="analytics-card__title" id={titleId}>
        {t("top.materials")}
      </h2>
      {rows.length === 0 ? (
        <p className="analytics-card__empty">{t("top.materialsEmpty")}</p>
      ) : (
        <ol className="rank-list">
          {rows.map((row) => (
            <li key={row.materialId} className="rank-list__item">
              <span className="rank-list__name">
                {pickText(row.title, locale)}
                <span className="rank-list__sub">
                  {t("top.by", { exhibitor: pickText(row.exhibitorName, locale) })}
                </span>
              </span>
              <span className="rank-list__value">{t("top.downloads", { count: row.downloads })}</span>
              <span className="rank-list__bar" aria-hidden="true">
                <span style={{ width: `${(row.downloads / max) * 100}%` }} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
