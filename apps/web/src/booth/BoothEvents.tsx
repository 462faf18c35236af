import type { BoothPage } from "@pavilion/schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { isLive, timeZoneLabel, visitorTimeZone } from "../lib/format.ts";
import { useNow } from "../lib/useNow.ts";
import { BoothIcon } from "./BoothIcon.tsx";
import { formatEventTime } from "./eventTime.ts";

/** The booth's coming webinars, at the visitor's local time, each a link to its webinar page. */
export function BoothEvents({ events }: { events: BoothPage["upcomingEvents"] }) {
  const { t } = useTranslation("booth");
  const locale = useLocale();
  const now = useNow();
  const titleId = useId();
  const zone = visitorTimeZone();
  return (
    <section className="booth-section" aria-labelledby={titleId}>
      <h2 className="booth-section__title" id={titleId}>
        {t("page.events")}
      </h2>
      {events.length === 0 ? (
        <p className="booth-muted">{t("page.noEvents")}</p>
      ) : (
        <>
          <p className="booth-note">{t("page.timeZone", { timeZone: timeZoneLabel(zone, locale, now) })}</p>
          <ul className="booth-events">
            {events.map((event) => {
              const live = isLive(event.startsAt, event.endsAt, now);
              return (
                <li key={event.id} className="booth-event" data-live={live || undefined}>
                  <span className="booth-event__icon">
                    <BoothIcon name="calendar" size={22} />
                  </span>
                  <span className="booth-event__text">
                    <Link className="booth-event__title" to={`/events/${event.id}/live`}>
                      {pickText(event.title, locale)}
                    </Link>
                    <time className="booth-event__time" dateTime={event.startsAt}>
                      {formatEventTime(event.startsAt, event.endsAt, locale, zone)}
                    </time>
                  </span>
                  {live ? <span className="tag tag--live">{t("page.live")}</span> : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
