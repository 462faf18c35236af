import type { Registrants } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { formatEventTime } from "../booth/eventTime.ts";
import { BackLink } from "../components/BackLink.tsx";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { timeZoneLabel } from "../lib/format.ts";

/** The page's head: which event, when (in its own time zone), its seats and how people get in. */
export function EventSummary({ event, registered }: { event: Registrants["event"]; registered: number }) {
  const { t } = useTranslation("registrants");
  const locale = useLocale();
  const zone = timeZoneLabel(event.timezone, locale, new Date(event.startsAt));
  return (
    <header className="page-header registrants-head">
      <BackLink to={`/events/${event.id}`} label={t("back")} />
      <p className="registrants-head__eyebrow">{t("title")}</p>
      <h1 className="page-title">{pickText(event.title, locale)}</h1>
      <p className="registrants-head__facts">
        <time dateTime={event.startsAt}>
          {t("event.time", {
            time: formatEventTime(event.startsAt, event.endsAt, locale, event.timezone),
            zone,
          })}
        </time>
        <span>
          {event.capacity === null
            ? t("event.noCapacity")
            : t("event.capacity", { taken: registered, capacity: event.capacity })}
        </span>
        <span className={event.mode === "premoderated" ? "tag tag--pending" : "tag"}>
          {t(`event.mode.${event.mode}`)}
        </span>
      </p>
      <p className="registrants-head__hint">
        {t(`event.modeHint.${event.mode}`)} {t("event.zoneNote", { zone })}
      </p>
    </header>
  );
}
