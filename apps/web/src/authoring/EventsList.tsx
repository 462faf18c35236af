/** The author's events: when, where each stands (with the organisers' note), registrations, and links. */
import type { AuthoredEvent } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { dayIn, formatDay, formatTimeRange } from "../programme/time.ts";
import { StateTag } from "./EventStateBanner.tsx";
import { standingOf } from "./eventState.ts";

export function EventsList({
  events,
  editHref,
}: {
  events: AuthoredEvent[];
  editHref: (eventId: string) => string;
}) {
  const { t } = useTranslation("authoring");
  const locale = useLocale();
  return (
    <ul className="authoring-event-list">
      {events.map((event) => {
        const title = pickText(event.title, locale) || t("list.untitled");
        const note = standingOf(event).note;
        const isPublic = event.status === "approved" || event.status === "cancelled";
        return (
          <li key={event.id} className="authoring-event" data-testid="authored-event">
            <div className="authoring-event__main">
              <p className="authoring-event__when">
                {formatDay(dayIn(event.startsAt, event.timezone), locale)},{" "}
                {formatTimeRange(event.startsAt, event.endsAt, locale, event.timezone)}
                {event.stream ? ` · ${t("list.stream", { stream: event.stream })}` : ""}
                {" · "}
                {t(`programme:formats.${event.format}`)}
              </p>
              <h3 className="authoring-event__title">
                <Link to={editHref(event.id)}>{title}</Link>
              </h3>
              <p className="authoring-event__meta">
                <StateTag event={event} />
                <span>{t("list.registered", { count: event.registered })}</span>
              </p>
              {note ? (
                <p className="authoring-event__note">
                  <strong>{t("states.note")}</strong> {note}
                </p>
              ) : null}
            </div>
            <div className="authoring-event__links">
              <Link
                className="button button--secondary button--sm"
                to={editHref(event.id)}
                aria-label={t("list.editNamed", { title })}
              >
                {t("list.edit")}
              </Link>
              {isPublic ? (
                <Link
                  className="button button--ghost button--sm"
                  to={`/events/${event.id}`}
                  aria-label={t("list.publicNamed", { title })}
                >
                  {t("list.public")}
                </Link>
              ) : null}
              {isPublic ? (
                <Link
                  className="button button--ghost button--sm"
                  to={`/events/${event.id}/registrants`}
                  aria-label={t("list.registrantsNamed", { title })}
                >
                  {t("list.registrants")}
                </Link>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
