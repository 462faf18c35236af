/** The webinar's title, who hosts it, when it runs in the visitor's time, and whether it is live. */
import type { Webinar } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatEventTime } from "../booth/eventTime.ts";
import { Icon } from "../components/Icon.tsx";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { timeZoneLabel, visitorTimeZone } from "../lib/format.ts";
import type { WebinarFace } from "./face.ts";

export function WebinarHeader({ webinar, face }: { webinar: Webinar; face: WebinarFace }) {
  const { t } = useTranslation("webinar");
  const locale = useLocale();
  const host = pickText(webinar.host.name, locale);
  const zone = visitorTimeZone();
  const exhibitorId = webinar.host.exhibitorId;
  return (
    <header className="webinar-head">
      <div className="container webinar-head__inner">
        <p className="webinar-head__back">
          {exhibitorId ? (
            <Link to={`/booths/${exhibitorId}`}>
              <Icon name="arrowRight" size={16} />
              <span>{t("head.toBooth", { name: host })}</span>
            </Link>
          ) : null}
          <Link to={`/events/${webinar.id}`}>
            <Icon name="calendar" size={16} />
            <span>{t("programme:webinar.eventPage")}</span>
          </Link>
        </p>
        <div className="webinar-head__tags">
          <span className="tag tag--webinar">{t(`kinds.${webinar.kind}`)}</span>
          {/* On air is worth knowing even for one who cannot watch here. */}
          {face === "live" || face === "reconnecting" || (face !== "ended" && webinar.phase === "live") ? (
            <span className="tag tag--live">{t("head.liveNow")}</span>
          ) : null}
          {face === "ended" ? <span className="tag tag--muted">{t("head.ended")}</span> : null}
        </div>
        <h1 className="webinar-head__title">{pickText(webinar.title, locale)}</h1>
        <p className="webinar-head__meta">
          {host ? <span>{t("head.host", { name: host })}</span> : null}
          <time dateTime={webinar.startsAt}>
            <Icon name="calendar" size={18} />
            {t("head.when", {
              time: formatEventTime(webinar.startsAt, webinar.endsAt, locale, zone),
              zone: timeZoneLabel(zone, locale),
            })}
          </time>
        </p>
      </div>
    </header>
  );
}
