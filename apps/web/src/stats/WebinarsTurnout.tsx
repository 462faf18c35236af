import type { ExhibitorStats } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { Panel } from "../cabinet/frame/CabinetTab.tsx";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { formatCount, formatShare } from "../leads/words.ts";
import { formatDateTime } from "../lib/format.ts";

/** Each webinar's registrations → attendance, with the rate as a meter and in words. */
export function WebinarsTurnout({ webinars }: { webinars: ExhibitorStats["webinars"] }) {
  const { t } = useTranslation("stats");
  const locale = useLocale();
  return (
    <Panel titleId="stats-webinars-title" title={t("webinars.title")}>
      {webinars.length === 0 ? (
        <p className="empty-note">{t("webinars.empty")}</p>
      ) : (
        <ul className="turnout-list" data-testid="stats-webinars">
          {webinars.map((webinar) => {
            const rate =
              webinar.attendanceRate === null ? null : formatShare(webinar.attendanceRate, 1, locale);
            return (
              <li key={webinar.eventId} className="turnout-item">
                <p className="turnout-item__title">{pickText(webinar.title, locale)}</p>
                <p className="turnout-item__when">{formatDateTime(webinar.startsAt, locale)}</p>
                <p className="turnout-item__numbers">
                  {t("webinars.numbers", {
                    registered: formatCount(webinar.registered, locale),
                    attended: formatCount(webinar.attended, locale),
                  })}
                  {rate === null ? (
                    <span className="turnout-item__none">{t("webinars.noRate")}</span>
                  ) : (
                    <strong className="turnout-item__rate">{t("webinars.rate", { rate })}</strong>
                  )}
                </p>
                <span className="turnout-item__bar" aria-hidden="true">
                  <span style={{ width: `${Math.round((webinar.attendanceRate ?? 0) * 100)}%` }} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
