import type { ExhibitorStats } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { Panel } from "../cabinet/frame/CabinetTab.tsx";
import { useLocale } from "../i18n/useLocale.ts";
import { formatCount } from "../leads/words.ts";
import { formatDay } from "../programme/time.ts";

/**
 * Visits (bars) and unique visitors (line) per day. The drawing is hidden from screen readers;
 * a one-line summary and a table of the same numbers are there for them.
 */
export function VisitsChart({ days }: { days: ExhibitorStats["days"] }) {
  const { t } = useTranslation("stats");
  const locale = useLocale();
  const busiest = days.reduce<(typeof days)[number] | null>(
    (best, day) => (best === null || day.visits > best.visits ? day : best),
    null,
  );
  const empty = !busiest || busiest.visits === 0;
  const data = days.map((day) => ({ ...day, label: formatDay(day.day, locale) }));
  const visitsLabel = t("chart.visits");
  const uniquesLabel = t("chart.uniqueVisitors");
  return (
    <Panel
      titleId="stats-visits-title"
      title={t("chart.title")}
      lead={
        empty || !busiest
          ? t("chart.empty")
          : t("chart.summary", {
              days: formatCount(days.length, locale),
              max: formatCount(busiest.visits, locale),
              day: formatDay(busiest.day, locale, true),
            })
      }
    >
      {empty ? null : (
        <div className="stats-chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart
              data={data}
              margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke="#dde2ea" vertical={false} />
              <XAxis dataKey="label" tickLine={false} axisLine={{ stroke: "#b9c2d1" }} fontSize={12} />
              <YAxis allowDecimals={false} tickLine={false} axisLine={false} fontSize={12} />
              <Tooltip
                cursor={{ fill: "rgb(30 53 96 / 0.06)" }}
                formatter={(value, name) => [formatCount(Number(value), locale), name]}
              />
              <Legend iconType="circle" wrapperStyle={{ fontSize: 13 }} />
              <Bar
                dataKey="visits"
                name={visitsLabel}
                fill="#3e5d96"
                radius={[4, 4, 0, 0]}
                maxBarSize={44}
                isAnimationActive={false}
              />
              <Line
                dataKey="uniqueVisitors"
                name={uniquesLabel}
                type="linear"
                stroke="#e8893a"
                strokeWidth={3}
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      )}
      <table className="visually-hidden">
        <caption>{t("chart.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("chart.day")}</th>
            <th scope="col">{visitsLabel}</th>
            <th scope="col">{uniquesLabel}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.day}>
              <th scope="row">{formatDay(day.day, locale, true)}</th>
              <td>{formatCount(day.visits, locale)}</td>
              <td>{formatCount(day.uniqueVisitors, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
