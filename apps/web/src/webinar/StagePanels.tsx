/** What the webinar's frame shows when there is no live picture: before, after, refused, away. */
import type { Webinar } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SignInLinks } from "../auth/SignInLinks.tsx";
import { formatEventTime } from "../booth/eventTime.ts";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { timeZoneLabel, visitorTimeZone } from "../lib/format.ts";
import { useNow } from "../lib/useNow.ts";
import { countdownTo } from "./countdown.ts";

export function ScheduledPanel({ webinar }: { webinar: Webinar }) {
  const { t } = useTranslation("webinar");
  const locale = useLocale();
  const now = useNow(1000);
  const left = countdownTo(webinar.startsAt, now);
  const mine = visitorTimeZone();
  const time = (zone: string) => formatEventTime(webinar.startsAt, webinar.endsAt, locale, zone);
  return (
    <div className="webinar-panel">
      <h2 className="webinar-panel__title">{t("scheduled.title")}</h2>
      {left ? (
        <p className="webinar-countdown">
          <span className="webinar-countdown__label">{t("scheduled.startsIn")}</span>
          {/* A timer is not read out every second (role="timer" is quiet); the start time below is. */}
          <span className="webinar-countdown__clock" role="timer">
            {left.days > 0 ? `${t("scheduled.days", { count: left.days })} ` : ""}
            {left.clock}
          </span>
        </p>
      ) : (
        <p className="webinar-panel__text">{t("scheduled.startingSoon")}</p>
      )}
      <p className="webinar-panel__time">
        <time dateTime={webinar.startsAt}>
          {t("head.when", { time: time(mine), zone: timeZoneLabel(mine, locale, now) })}
        </time>
        {webinar.timezone !== mine ? (
          <span>
            {t("head.eventTime", {
              time: time(webinar.timezone),
              zone: timeZoneLabel(webinar.timezone, locale, now),
            })}
          </span>
        ) : null}
      </p>
      {left ? (
        <p className="webinar-panel__hint">
          {webinar.caller.isHost ? t("scheduled.hostHint") : t("scheduled.waitHint")}
        </p>
      ) : null}
    </div>
  );
}

export function EndedPanel({ webinar }: { webinar: Webinar }) {
  const { t } = useTranslation("webinar");
  const locale = useLocale();
  if (webinar.recording) {
    return (
      // biome-ignore lint/a11y/useMediaCaption: recordings are uploaded without captions.
      <video
        className="webinar-stage__recording"
        src={webinar.recording.url}
        controls
        preload="metadata"
        aria-label={t("ended.recordingLabel", { title: pickText(webinar.title, locale) })}
      />
    );
  }
  return (
    <div className="webinar-panel">
      <h2 className="webinar-panel__title">{t("ended.title")}</h2>
      <p className="webinar-panel__text">{t("ended.noRecording")}</p>
      <p className="webinar-panel__hint">{t("ended.thanks")}</p>
    </div>
  );
}

export function UnavailablePanel() {
  const { t } = useTranslation("webinar");
  return (
    <div className="webinar-panel" role="alert">
      <h2 className="webinar-panel__title">{t("unavailable.title")}</h2>
      <p className="webinar-panel__text">{t("unavailable.text")}</p>
    </div>
  );
}

export function DisplacedPanel({ onRejoin }: { onRejoin: () => void }) {
  const { t } = useTranslation("webinar");
  return (
    <div className="webinar-panel">
      <h2 className="webinar-panel__title">{t("displaced.title")}</h2>
      <p className="webinar-panel__text">{t("displaced.text")}</p>
      <button type="button" className="button button--accent" onClick={onRejoin}>
        {t("displaced.rejoin")}
      </button>
    </div>
  );
}

export function RefusedPanel({ webinar }: { webinar: Webinar }) {
  const { t } = useTranslation("webinar");
  const code = webinar.caller.watchRefusal ?? "auth.forbidden";
  const signIn = code === "auth.signInRequired";
  const exhibitorId = webinar.host.exhibitorId;
  return (
    <div className="webinar-panel">
      <h2 className="webinar-panel__title">{t("refused.title")}</h2>
      <p className="webinar-panel__text">
        {t(`errors:codes.${code}`, { defaultValue: t("errors:codes.auth.forbidden") })}
      </p>
      {signIn ? (
        <>
          <p className="webinar-panel__hint">{t("refused.signInHint")}</p>
          <div className="button-row">
            <SignInLinks
              signInLabel={t("refused.signIn")}
              signUpLabel={t("refused.signUp")}
              signInClassName="button button--accent"
              signUpClassName="button button--ghost-light"
            />
          </div>
        </>
      ) : (
        <>
          <p className="webinar-panel__hint">{t("refused.registrationHint")}</p>
          {exhibitorId ? (
            <Link className="button button--ghost-light" to={`/booths/${exhibitorId}`}>
              {t("refused.toBooth")}
            </Link>
          ) : null}
        </>
      )}
    </div>
  );
}
