/**
 * /admin/analytics: the organisers' figures for a period (kept in ?from=&to=): unique visitors
 * (the headline), visits, visitors per day, floors with their heat maps, top exhibitors and
 * materials, programme turnout and how people heard about the fair.
 */
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { BackLink } from "../components/BackLink.tsx";
import { LoadError } from "../components/states.tsx";
import { useLocale } from "../i18n/useLocale.ts";
import { appErrorOf, httpStatusOf, type Translate } from "../lib/errors.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useOrganiserGate } from "../moderation/useOrganiserGate.tsx";
import { daysSoFar } from "../stats/daysSoFar.ts";
import { useTRPC } from "../trpc.ts";
import { FloorsTable } from "./FloorsTable.tsx";
import { formatCount } from "./format.ts";
import { HeardFromBars } from "./HeardFromBars.tsx";
import { PeriodPicker } from "./PeriodPicker.tsx";
import { ProgrammeTurnout } from "./ProgrammeTurnout.tsx";
import { type Period, readPeriod, writePeriod } from "./period.ts";
import { TopExhibitors, TopMaterials } from "./TopLists.tsx";
import { VisitorsChart } from "./VisitorsChart.tsx";
import "../cabinet/cabinet.css";
import "./analytics.css";

export function AdminAnalyticsPage() {
  const { t } = useTranslation("analytics");
  useDocumentTitle(t("title"));
  const { organiser, gate } = useOrganiserGate("analytics");
  if (!organiser) return gate;
  return <Dashboard />;
}

function Dashboard() {
  const { t } = useTranslation("analytics");
  const locale = useLocale();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const period = readPeriod(params);
  const query = useQuery({
    ...trpc.stats.organiser.queryOptions(period),
    placeholderData: (previous) => previous,
  });
  const status = httpStatusOf(query.error);
  const periodError =
    query.isError && status !== undefined && status < 500
      ? t(`errors:codes.${appErrorOf(query.error).code}`, {
          ...appErrorOf(query.error).params,
          defaultValue: (t as unknown as Translate)("errors:codes.internal"),
        })
      : null;
  const choose = (next: Period) =>
    setParams((current) => writePeriod(current, next), { replace: false, preventScrollReset: true });
  const data = query.isError ? null : query.data;

  return (
    <div className="container page analytics">
      <header className="page-header analytics__header">
        <BackLink to="/admin" label={t("back")} />
        <div className="analytics__heading">
          <div>
            <h1 className="page-title">{t("title")}</h1>
            <p className="page-lead">{t("lead")}</p>
          </div>
          <Link className="button button--secondary button--sm" to="/admin/analytics/warmth">
            {t("warmthLinkTitle")}
          </Link>
        </div>
      </header>
      <PeriodPicker
        key={data ? `${data.from}|${data.to}` : "loading"}
        chosen={period}
        shown={data ? { from: data.from, to: data.to } : null}
        onChange={choose}
        error={periodError}
      />
      {query.isError && !periodError ? <LoadError onRetry={() => void query.refetch()} /> : null}
      {!data && !query.isError ? (
        <div className="page-loading" role="status">
          <span className="spinner spinner--large" aria-hidden="true" />
          <span className="visually-hidden">{t("ui:common.loading")}</span>
        </div>
      ) : null}
      {data ? (
        <div className="analytics__grid" aria-busy={query.isFetching || undefined}>
          <section className="analytics-headline" aria-label={t("headline.uniqueVisitors")}>
            <div className="analytics-headline__main">
              <p className="analytics-headline__label">{t("headline.uniqueVisitors")}</p>
              <p className="analytics-headline__value" data-testid="unique-visitors">
                {formatCount(data.uniqueVisitors, locale)}
              </p>
              <p className="analytics-headline__hint">{t("headline.uniqueHint")}</p>
            </div>
            <div className="analytics-headline__side">
              <p className="analytics-headline__label">{t("headline.visits")}</p>
              <p className="analytics-headline__value analytics-headline__value--small" data-testid="visits">
                {formatCount(data.visits, locale)}
              </p>
              <p className="analytics-headline__hint">{t("headline.visitsHint")}</p>
            </div>
          </section>
          <VisitorsChart days={daysSoFar(data.days)} />
          <FloorsTable floors={data.floors} period={period} />
          <TopExhibitors rows={data.topExhibitors} />
          <TopMaterials rows={data.topMaterials} />
          <ProgrammeTurnout sessions={data.programme} streams={data.streams} />
          <HeardFromBars rows={data.heardFrom} />
        </div>
      ) : null}
    </div>
  );
}
