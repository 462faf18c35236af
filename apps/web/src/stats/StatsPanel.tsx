import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { errorMessage } from "../cabinet/forms/messages.ts";
import { Panel } from "../cabinet/frame/CabinetTab.tsx";
import { useCabinet } from "../cabinet/useCabinet.ts";
import { LoadError, PageLoading } from "../components/states.tsx";
import { useOverview } from "../exhibition/useOverview.ts";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { httpStatusOf, type Translate } from "../lib/errors.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { dayIn } from "../programme/time.ts";
import { useTRPC } from "../trpc.ts";
import { daysSoFar } from "./daysSoFar.ts";
import { MaterialsBars } from "./MaterialsBars.tsx";
import { PeriodPicker } from "./PeriodPicker.tsx";
import { isReversed, readPeriod, reportHref, type StatsPeriod, statsInput, writePeriod } from "./period.ts";
import { StatsFigures } from "./StatsFigures.tsx";
import { VisitsChart } from "./VisitsChart.tsx";
import { WebinarsTurnout } from "./WebinarsTurnout.tsx";
import "./stats.css";

/** The Statistics tab: the period, the booth's figures and charts, and the report to download. */
export function StatsPanel() {
  const { t } = useTranslation("stats");
  const locale = useLocale();
  const trpc = useTRPC();
  const { overview } = useCabinet();
  const { exhibitorId } = overview;
  const company = pickText(overview.draft.profile.name, locale);
  useDocumentTitle(company ? `${t("tab")} — ${company}` : t("tab"));
  const exhibition = useOverview();
  const today = exhibition.data ? dayIn(new Date(), exhibition.data.timezone) : null;
  const [params, setParams] = useSearchParams();
  const period = readPeriod(params);
  const reversed = isReversed(period);
  const stats = useQuery(
    trpc.stats.exhibitor.queryOptions(statsInput(exhibitorId, period), {
      enabled: !reversed,
      placeholderData: keepPreviousData,
      staleTime: 0,
    }),
  );
  const choose = (next: StatsPeriod) => setParams((current) => writePeriod(current, next));
  const serverError = stats.error ? errorMessage(stats.error, t as unknown as Translate) : null;

  return (
    <div className="stats-tab">
      <Panel titleId="stats-title" title={t("title")} lead={t("lead")}>
        <div className="stats-head">
          <PeriodPicker
            period={period}
            today={today}
            shown={stats.data && !reversed ? { from: stats.data.from, to: stats.data.to } : null}
            error={reversed ? t("period.reversed") : null}
            onChange={choose}
          />
          <div className="stats-report">
            <a
              className="button button--secondary button--sm"
              href={reportHref(exhibitorId, period, "xlsx")}
              download
              aria-label={t("report.xlsxLabel")}
            >
              {t("report.xlsx")}
            </a>
            <a
              className="button button--secondary button--sm"
              href={reportHref(exhibitorId, period, "csv")}
              download
              aria-label={t("report.csvLabel")}
            >
              {t("report.csv")}
            </a>
          </div>
        </div>
        {reversed ? null : stats.data ? (
          <div aria-busy={stats.isPlaceholderData || undefined} className="stats-body">
            {stats.isError ? (
              <p className="field__error" role="alert">
                {serverError}
              </p>
            ) : null}
            <StatsFigures totals={stats.data.totals} immersive={stats.data.immersive} />
          </div>
        ) : stats.isError ? (
          httpStatusOf(stats.error) === 400 ? (
            <p className="field__error" role="alert">
              {serverError}
            </p>
          ) : (
            <LoadError onRetry={() => void stats.refetch()} />
          )
        ) : (
          <PageLoading />
        )}
      </Panel>
      {!reversed && stats.data ? (
        <>
          <VisitsChart days={daysSoFar(stats.data.days)} />
          <div className="stats-pair">
            <MaterialsBars materials={stats.data.materials} />
            <WebinarsTurnout webinars={stats.data.webinars} />
          </div>
        </>
      ) : null}
    </div>
  );
}
