/** My registrations by day: time, what, status, a link to the event, and "cancel" while it can be. */
import type { ScheduleEvent } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { AvailabilityBadges, StatusBadge } from "../EventBadges.tsx";
import { CancelRegistration } from "../registration/CancelRegistration.tsx";
import { eventWhen, formatDay } from "../time.ts";
import { agendaDays, canCancel } from "./agendaDays.ts";

export function AgendaList({
  events,
  now,
  viewerZone,
}: {
  events: ScheduleEvent[];
  now: Date;
  viewerZone: string;
}) {
  const { t } = useTranslation("programme");
  const locale = useLocale();
  return (
    <div className="agenda-days">
      {agendaDays(events, viewerZone).map(({ day, events: dayEvents }) => (
        <section key={day} className="agenda-day" aria-label={formatDay(day, locale, true)}>
          <h2 className="agenda-day__title">{formatDay(day, locale, true)}</h2>
          <ul className="agenda-day__list">
            {dayEvents.map((event) => {
              const when = eventWhen(event, locale, viewerZone);
              const title = pickText(event.title, locale);
              return (
                <li key={event.id} className="agenda-item" data-testid="agenda-item">
                  <p className="agenda-item__time">
                    <time dateTime={event.startsAt}>{when.viewer}</time>
                    {when.event ? (
                      <small>
                        {t("card.eventTime", {
                          day: when.event.day,
                          time: when.event.time,
                          zone: when.event.zone,
                        })}
                      </small>
                    ) : null}
                  </p>
                  <div className="agenda-item__body">
                    <p className="event-card__tags">
                      <span className={`tag event-tag--${event.kind}`}>{t(`formats.${event.format}`)}</span>
                      {event.myStatus ? <StatusBadge status={event.myStatus} /> : null}
                      <AvailabilityBadges event={{ ...event, seatsLeft: null }} now={now} />
                    </p>
                    <h3 className="agenda-item__title">
                      <Link to={`/events/${event.id}`}>{title}</Link>
                    </h3>
                  </div>
                  {canCancel(event, now) ? (
                    <div className="agenda-item__actions">
                      <CancelRegistration
                        eventId={event.id}
                        label={t("agenda.cancel")}
                        ariaLabel={t("agenda.cancelLabel", { title })}
                      />
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
