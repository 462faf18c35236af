/** /cabinet/:exhibitorId/events: the company's webinars and master classes, and its speakers. */
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCabinet } from "../../cabinet/useCabinet.ts";
import { LoadError, PageLoading } from "../../components/states.tsx";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useDocumentTitle } from "../../lib/useDocumentTitle.ts";
import { useTRPC } from "../../trpc.ts";
import { EventsList } from "../EventsList.tsx";
import { SpeakersSection } from "../speakers/SpeakersSection.tsx";
import "../authoring.css";

export function EventsPanel() {
  const { t } = useTranslation("authoring");
  const locale = useLocale();
  const { overview } = useCabinet();
  const exhibitorId = overview.exhibitorId;
  const name = pickText(overview.draft.profile.name, locale);
  useDocumentTitle(name ? `${t("cabinet.tab")} — ${name}` : t("cabinet.tab"));
  const trpc = useTRPC();
  const events = useQuery(trpc.authoring.events.queryOptions({ exhibitorId }));

  return (
    <div className="authoring-page">
      <section className="panel" aria-labelledby="authoring-events-title">
        <div className="panel__head">
          <div>
            <h2 className="panel__title" id="authoring-events-title">
              {t("cabinet.title")}
            </h2>
            <p className="panel__lead">{t("cabinet.lead")}</p>
          </div>
          <Link className="button button--primary" to="new">
            {t("cabinet.new")}
          </Link>
        </div>
        {events.isPending ? <PageLoading /> : null}
        {events.isError ? <LoadError onRetry={() => void events.refetch()} /> : null}
        {events.data?.length === 0 ? <p className="empty-note">{t("cabinet.empty")}</p> : null}
        {events.data?.length ? (
          <EventsList events={events.data} editHref={(id) => `/cabinet/${exhibitorId}/events/${id}`} />
        ) : null}
      </section>
      <SpeakersSection exhibitorId={exhibitorId} />
    </div>
  );
}
