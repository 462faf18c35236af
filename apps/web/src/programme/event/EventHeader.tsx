/** An event's head: back to the programme, what it is, when (yours and the venue's), who hosts it, calendar and watch. */
import type { EventPage } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "../../components/Icon.tsx";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { isLive, timeZoneLabel } from "../../lib/format.ts";
import { AvailabilityBadges, StatusBadge } from "../EventBadges.tsx";
import { eventWhen } from "../time.ts";

export function EventHeader({ event, now, viewerZone }: { event: EventPage; now: Date; viewerZone: string }) {
  const { t } = useTranslation("programme");
  const locale = useLocale();
  const when = eventWhen(event, locale, viewerZone);
  const host = pickText(event.host.name, locale);
  const live = event.status !== "cancelled" && isLive(event.startsAt, event.endsAt, now);
  const cancelled = event.status === "cancelled";
  return (
    <header className="event-head">
      <p className="programme-back">
        <Link to="/programme">
          <Icon name="arrowRight" size={16} />
          <span>{t("event.back")}</span>
        </Link>
      </p>
      <p className="event-card__tags">
        <span className={`tag event-tag--${event.kind}`}>{t(`kinds.${event.kind}`)}</span>
        <span className="tag tag--muted">{t(`formats.${event.format}`)}</span>
        {event.stream ? (
          <span className="tag tag--muted">{t("card.stream", { stream: event.stream })}</span>
        ) : null}
        <AvailabilityBadges event={event} now={now} />
        {event.myStatus ? <StatusBadge status={event.myStatus} /> : null}
      </p>
      <h1 className="page-title event-head__title">{pickText(event.title, locale)}</h1>
      <dl className="event-head__facts">
        <div>
          <dt>{t("event.when")}</dt>
          <dd>
            <time dateTime={event.startsAt}>
              {when.day}, {when.viewer}
            </time>{" "}
            <span className="event-head__zone">
              ({t("event.yourTime", { zone: timeZoneLabel(viewerZone, locale, new Date(event.startsAt)) })})
            </span>
            {when.event ? (
              <small className="event-head__own-time">
                {t("event.eventTime", { day: when.event.day, time: when.event.time, zone: when.event.zone })}
              </small>
            ) : null}
          </dd>
        </div>
        {host ? (
          <div>
            <dt>{t("event.host")}</dt>
            <dd>
              {event.host.exhibitorId ? (
                <Link to={`/booths/${event.host.exhibitorId}`} className="event-head__host">
                  {host}
                  <span className="event-head__to-booth">{t("event.toBooth")}</span>
                </Link>
              ) : (
                host
              )}
            </dd>
          </div>
        ) : null}
      </dl>
      {cancelled ? (
        <p className="notice notice--error event-head__cancelled">{t("event.cancelledNotice")}</p>
      ) : (
        <div className="event-head__actions">
          <a className="button button--secondary" href={event.icsUrl} download>
            <Icon name="calendar" size={18} />
            {t("event.addToCalendar")}
          </a>
          <Link className={live ? "button button--accent" : "button button--secondary"} to={event.liveUrl}>
            {t(live ? "event.watchLive" : "event.watch")}
          </Link>
        </div>
      )}
    </header>
  );
}
