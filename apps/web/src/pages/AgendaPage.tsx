/** My agenda: what I registered for, and my calendar feed. */
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { signInHref } from "../auth/next.ts";
import { useSession } from "../auth/session.ts";
import { LoadError, PageLoading } from "../components/states.tsx";
import { useLocale } from "../i18n/useLocale.ts";
import { timeZoneLabel, visitorTimeZone } from "../lib/format.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useNow } from "../lib/useNow.ts";
import { AgendaList } from "../programme/agenda/AgendaList.tsx";
import { CalendarFeed } from "../programme/agenda/CalendarFeed.tsx";
import { useTRPC } from "../trpc.ts";
import "../programme/programme.css";
import "../programme/event/event.css";
import "../programme/agenda/agenda.css";

export function AgendaPage() {
  const { t } = useTranslation("programme");
  const locale = useLocale();
  useDocumentTitle(t("agenda.title"));
  const trpc = useTRPC();
  const now = useNow();
  const location = useLocation();
  const viewerZone = useMemo(() => visitorTimeZone(), []);
  const session = useSession();
  const signedIn = Boolean(session.data);
  const agenda = useQuery(trpc.programme.myAgenda.queryOptions(undefined, { enabled: signedIn }));

  if (session.isPending) return <PageLoading />;

  return (
    <div className="container page agenda-page">
      <header className="page-header">
        <h1 className="page-title">{t("agenda.title")}</h1>
        {signedIn ? (
          <p className="page-lead">
            {t("agenda.lead", { timeZone: timeZoneLabel(viewerZone, locale, now) })}
          </p>
        ) : null}
      </header>
      {!signedIn ? (
        <div className="notice notice--info agenda-signin">
          <p>{t("agenda.signInLead")}</p>
          <Link className="button button--primary button--sm" to={signInHref(location.pathname)}>
            {t("agenda.signIn")}
          </Link>
        </div>
      ) : agenda.isError ? (
        <LoadError onRetry={() => void agenda.refetch()} />
      ) : !agenda.data ? (
        <p className="programme-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t("agenda.loading")}
        </p>
      ) : (
        <div className="agenda-layout">
          <div className="agenda-layout__main">
            {agenda.data.events.length === 0 ? (
              <div className="notice">
                <p>{t("agenda.empty")}</p>
                <Link className="button button--secondary button--sm" to="/programme">
                  {t("agenda.toProgramme")}
                </Link>
              </div>
            ) : (
              <AgendaList events={agenda.data.events} now={now} viewerZone={viewerZone} />
            )}
          </div>
          <aside className="agenda-layout__aside">
            <CalendarFeed url={agenda.data.calendarFeedUrl} />
            <p className="agenda-my-data">
              <Link to="/me/data">{t("privacy:agendaLink")}</Link>
            </p>
          </aside>
        </div>
      )}
    </div>
  );
}
