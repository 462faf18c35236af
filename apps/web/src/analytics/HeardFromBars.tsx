/** Registrations by "how did you hear about it", as a list of labelled bars (the numbers are text). */
import type { OrganiserDashboard } from "@pavilion/schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";

export function HeardFromBars({ rows }: { rows: OrganiserDashboard["heardFrom"] }) {
  const { t } = useTranslation("analytics");
  const locale = useLocale();
  const titleId = useId();
  const sorted = [...rows].sort((a, b) => b.registrations - a.registrations);
  const max = Math.max(1, ...sorted.map((r) => r.registrations));
  return (
    <section className="analytics-card" aria-labelledby={titleId}>
      <h2 className="analytics-card__title" id={titleId}>
        {t("heardFrom.title")}
      </h2>
      <p className="analytics-card__lead">{t("heardFrom.lead")}</p>
      {sorted.length === 0 ? (
        <p className="analytics-card__empty">{t("heardFrom.empty")}</p>
      ) : (
        <ul className="rank-list">
          {sorted.map((row) => {
            const label = pickText(row.label, locale);
            return (
              <li key={`${row.label.en}|${row.label.ru}`} className="rank-list__item">
                <span className="rank-list__name">{label}</span>
                <span className="rank-list__value">
                  {t("heardFrom.registrations", { count: row.registrations })}
                </span>
                <span className="rank-list__bar rank-list__bar--accent" aria-hidden="true">
                  <span style={{ width: `${(row.registrations / max) * 100}%` }} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
