import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatEventTime } from "../booth/eventTime.ts";
import { LoadError } from "../components/states.tsx";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { timeZoneLabel } from "../lib/format.ts";
import { useNow } from "../lib/useNow.ts";
import { useTRPC } from "../trpc.ts";

/** The programme's events that have not ended, soonest first, each with a link to its registrants. */
export function UpcomingEvents() {
  const { t } = useTranslation("registrants");
  const locale = useLocale();
  const trpc = useTRPC();
  const now = useNow();
  const schedule = useQuery(trpc.programme.schedule.queryOptions({ kind: "programme" }));
  const events = (schedule.data?.events ?? [])
    .filter((event) => event.status === "approved" && Date.parse(event.endsAt) > now.getTime())
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <section className="panel" aria-labelledby="upcoming-title">
      <h2 className="panel__title" id="upcoming-title">
        {t("admin.events.title")}
      </h2>
      <p className="panel__lead">{t("admin.events.lead")}</p>
      {schedule.isError && !schedule.data ? (
        <LoadError onRetry={() => void schedule.refetch()} />
      ) : !schedule.data ? (
        <p role="status">
          <span className="spinner" aria-hidden="true" />
          <span className="visually-hidden">{t("ui:common.loading")}</span>
        </p>
      ) : events.length === 0 ? (
        <p className="empty-note">{t("admin.events.empty")}</p>
      ) : (
        <ul className="upcoming-events">
          {events.map((event) => {
            const title = pickText(event.title, locale);
            return (
              <li key={event.id} className="upcoming-event" data-testid="upcoming-event">
                <div>
                  <p className="upcoming-event__title">{title}</p>
                  <p className="upcoming-event__meta">
                    <time dateTime={event.startsAt}>
                      {t("event.time", {
                        time: formatEventTime(event.startsAt, event.endsAt, locale, event.timezone),
                        zone: timeZoneLabel(event.timezone, locale, new Date(event.startsAt)),
                      })}
                    </time>
                    {event.stream ? ` · ${event.stream}` : ""}
                    {event.capacity !== null && event.seatsLeft !== null
                      ? ` · ${t("admin.events.seats", { left: event.seatsLeft, capacity: event.capacity })}`
                      : ""}
                  </p>
                </div>
                <Link
                  className="button button--secondary button--sm"
                  to={`/events/${event.id}/registrants`}
                  aria-label={t("admin.events.registrantsLabel", { title })}
                >
                  {t("admin.events.registrants")}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
