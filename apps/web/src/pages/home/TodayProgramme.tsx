import type { ExhibitionOverview } from "@pavilion/schema";
import { type Ref, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatTime, isLive, timeZoneLabel, visitorTimeZone } from "../../lib/format.ts";
import { useNow } from "../../lib/useNow.ts";

type Event = ExhibitionOverview["today"][number];

export function TodayProgramme({
  events,
  headingRef,
}: {
  events: Event[];
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useNow();
  const zone = useMemo(() => visitorTimeZone(), []);

  return (
    <section className="section section--tinted" aria-labelledby="programme-title" id="programme">
      <div className="container">
        <header className="section__header">
          <h2 className="section__title" id="programme-title" tabIndex={-1} ref={headingRef}>
            {t("home.todayTitle")}
          </h2>
          <p className="section__lead">
            {t("home.todayLead", { timeZone: timeZoneLabel(zone, locale, now) })}
          </p>
          <p className="section__more">
            <Link to="/programme" className="button button--secondary button--sm">
              {t("programme:home.fullProgramme")}
            </Link>
          </p>
        </header>
        {events.length === 0 ? (
          <div className="notice">
            <p>{t("home.todayEmpty")}</p>
            <Link to="/exhibitors" className="button button--secondary button--sm">
              {t("home.ctaExplore")}
            </Link>
          </div>
        ) : (
          <ol className="programme">
            {events.map((event) => {
              const live = isLive(event.startsAt, event.endsAt, now);
              const host = pickText(event.exhibitorName, locale);
              return (
                <li
                  className={live ? "programme-item programme-item--live" : "programme-item"}
                  key={event.id}
                >
                  <p className="programme-item__time">
                    {t("programme.timeRange", {
                      start: formatTime(event.startsAt, locale),
                      end: formatTime(event.endsAt, locale),
                    })}
                  </p>
                  <div className="programme-item__body">
                    <p className="programme-item__tags">
                      {live ? <span className="tag tag--live">{t("programme.live")}</span> : null}
                      <span className={`tag tag--${event.kind}`}>{t(`programme.kinds.${event.kind}`)}</span>
                      <span className="tag tag--muted">{t(`programme.formats.${event.format}`)}</span>
                    </p>
                    <h3 className="programme-item__title">{pickText(event.title, locale)}</h3>
                    {event.stream || host ? (
                      <p className="programme-item__meta">
                        {event.stream ? <span>{t("programme.stream", { stream: event.stream })}</span> : null}
                        {host ? <span>{t("programme.hostedBy", { name: host })}</span> : null}
                      </p>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </section>
  );
}
