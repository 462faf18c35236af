/** The organisers' programme: sessions by day and stream, what waits for review, and the programme's speakers. */
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LoadError, PageLoading } from "../../components/states.tsx";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatDay } from "../../programme/time.ts";
import { useTRPC } from "../../trpc.ts";
import { EventsList } from "../EventsList.tsx";
import { SpeakersSection } from "../speakers/SpeakersSection.tsx";
import { groupByDayAndStream } from "./programmeGroups.ts";

export function ProgrammeOverview() {
  const { t } = useTranslation("authoring");
  const locale = useLocale();
  const trpc = useTRPC();
  const events = useQuery(trpc.authoring.events.queryOptions({ exhibitorId: null }));
  const queue = useQuery(trpc.authoring.reviewQueue.queryOptions());
  const waiting = queue.data?.length ?? 0;
  const days = events.data ? groupByDayAndStream(events.data) : [];

  return (
    <div className="authoring-page">
      <div className="authoring-toolbar">
        <Link className="button button--primary" to="/admin/programme/new">
          {t("admin.new")}
        </Link>
        <Link className="button button--secondary" to="/admin/programme/review">
          {t("admin.review")}
          {waiting > 0 ? <span className="cabinet-nav__count">{waiting}</span> : null}
          <span className="visually-hidden">{waiting > 0 ? t("admin.waiting", { count: waiting }) : ""}</span>
        </Link>
      </div>
      <section className="panel" aria-labelledby="programme-sessions-title">
        <h2 className="panel__title" id="programme-sessions-title">
          {t("admin.sessions")}
        </h2>
        {events.isPending ? <PageLoading /> : null}
        {events.isError ? <LoadError onRetry={() => void events.refetch()} /> : null}
        {events.data?.length === 0 ? <p className="empty-note">{t("admin.empty")}</p> : null}
        {days.map((group) => (
          <section key={group.day} className="authoring-day" aria-labelledby={`day-${group.day}`}>
            <h3 className="authoring-day__title" id={`day-${group.day}`}>
              {formatDay(group.day, locale, true)}
            </h3>
            {group.streams.map((stream) => (
              <div key={stream.stream ?? "-"} className="authoring-stream">
                <h4 className="authoring-stream__title">
                  {stream.stream ? t("list.stream", { stream: stream.stream }) : t("admin.noStream")}
                </h4>
                <EventsList events={stream.events} editHref={(id) => `/admin/programme/${id}`} />
              </div>
            ))}
          </section>
        ))}
      </section>
      <SpeakersSection exhibitorId={null} />
    </div>
  );
}
