/** One event of the schedule: when (yours, and the event's own zone if it differs), what, who, seats, your status. */
import type { ScheduleEvent } from "@pavilion/schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { isLive } from "../../lib/format.ts";
import { AvailabilityBadges, StatusBadge } from "../EventBadges.tsx";
import { eventWhen } from "../time.ts";

interface Props {
  event: ScheduleEvent;
  now: Date;
  viewerZone: string;
  /** Off when the slot's heading already says when the event runs. */
  showTime?: boolean;
}

export function EventCard({ event, now, viewerZone, showTime = true }: Props) {
  const { t } = useTranslation("programme");
  const locale = useLocale();
  const titleId = useId();
  const when = eventWhen(event, locale, viewerZone);
  const title = pickText(event.title, locale);
  const host = pickText(event.host.name, locale);
  const live = event.status !== "cancelled" && isLive(event.startsAt, event.endsAt, now);
  return (
    <article
      className="event-card"
      aria-labelledby={titleId}
      data-live={live || undefined}
      data-cancelled={event.status === "cancelled" || undefined}
      data-testid="event-card"
    >
      {showTime ? (
        <p className="event-card__time">
          <time dateTime={event.startsAt}>{when.viewer}</time>
          {when.event ? (
            <small className="event-card__own-time">
              {t("card.eventTime", { day: when.event.day, time: when.event.time, zone: when.event.zone })}
            </small>
          ) : null}
        </p>
      ) : null}
      <p className="event-card__tags">
        <span className={`tag event-tag--${event.kind}`}>{t(`formats.${event.format}`)}</span>
        {event.stream ? (
          <span className="tag tag--muted">{t("card.stream", { stream: event.stream })}</span>
        ) : null}
        {event.kind !== "programme" ? (
          <span className="tag tag--muted">{t(`kinds.${event.kind}`)}</span>
        ) : null}
      </p>
      <h4 className="event-card__title" id={titleId}>
        <Link to={`/events/${event.id}`} className="event-card__link">
          {title}
        </Link>
      </h4>
      {event.speakers.length > 0 ? (
        <ul className="event-card__speakers" aria-label={t("schedule.speakers")}>
          {event.speakers.map((speaker) => {
            const company = pickText(speaker.company, locale);
            return (
              <li key={speaker.id}>
                <span className="event-card__speaker">{pickText(speaker.name, locale)}</span>
                {company ? <span className="event-card__company">, {company}</span> : null}
              </li>
            );
          })}
        </ul>
      ) : host && event.kind !== "programme" ? (
        <p className="event-card__host">{host}</p>
      ) : null}
      <p className="event-card__foot">
        <AvailabilityBadges event={event} now={now} />
        {event.myStatus ? <StatusBadge status={event.myStatus} /> : null}
        {!event.myStatus && event.registrationMode === "premoderated" && event.status !== "cancelled" ? (
          <span className="tag tag--muted">{t("card.premoderated")}</span>
        ) : null}
      </p>
    </article>
  );
}
