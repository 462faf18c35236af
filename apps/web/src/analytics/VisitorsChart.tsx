/**
 * Unique visitors per day as bars, with its figures as a table for screen readers (the chart
 * itself is hidden from them) and a one-line summary under the title.
 */
import type { OrganiserDashboard } from "@pavilion/schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale } from "../i18n/useLocale.ts";
import { formatCount, formatDay } from "./format.ts";

export function VisitorsChart({ days }: { days: OrganiserDashboard["days"] }) {
  const { t } = useTranslation("analytics");
  const locale = useLocale();
  const titleId = useId();
  const busiest = days.reduce<(typeof days)[number] | null>(
    (best, d) => (best === null || d.uniqueVisitors > best.uniqueVisitors ? d : best),
    null,
  );
  const empty = !busiest || busiest.uniqueVisitors === 0;
  const data = days.map((d) => ({ ...d, label: formatDay(d.day, locale) }));

  return (
    <section className="analytics-card analytics-chart" aria-labelledby={titleId}>
      <h2 className="analytics-card__title" id={titleId}>
        {t("chart.title")}
      </h2>
      <p className="analytics-card__lead">
        {empty || !busiest
          ? t("chart.empty")
          : t("chart.summary", {
              count: days.length,
              max: busiest.uniqueVisitors,
              day: formatDay(busiest.day, locale, true),
            })}
      </p>
      {empty ? null : (
        <div className="analytics-chart__plot" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid stroke="#dde2ea" vertical={false} />
              <XAxis dataKey="label" tickLine={false} axisLine={{ stroke: "#b9c2d1" }} fontSize={12} />
              <YAxis allowDecimals={false} tickLine={false} axisLine={false} fontSize={12} />
              <Tooltip
                cursor={{ fill: "rgb(30 53 96 / 0.06)" }}
                formatter={(value) => [formatCount(Number(value), locale), t("chart.uniqueVisitors")]}
              />
              <Bar dataKey="uniqueVisitors" fill="#2b4677" radius={[4, 4, 0, 0]} maxBarSize={48} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      {/* A table ignores the 1 px box of .visually-hidden; its wrapper does not. */}
      <div className="visually-hidden">
        <table>
          <caption>{t("chart.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("chart.day")}</th>
              <th scope="col">{t("chart.uniqueVisitors")}</th>
              <th scope="col">{t("chart.visits")}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{formatDay(d.day, locale, true)}</th>
                <td>{formatCount(d.uniqueVisitors, locale)}</td>
                <td>{formatCount(d.visits, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
