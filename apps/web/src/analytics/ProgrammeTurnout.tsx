/** Registered → attended for each session and each stream, with the turnout rate. */
import type { OrganiserDashboard } from "@pavilion/schema";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { formatDateTime } from "../lib/format.ts";
import { formatCount } from "./format.ts";
import { ratePercent } from "./period.ts";

/** Sessions listed before "Show all": a fair has dozens. */
const FIRST = 10;

function Rate({ rate }: { rate: number | null }) {
  const { t } = useTranslation("analytics");
  const percent = ratePercent(rate);
  if (percent === null) return <span className="turnout-rate">{t("programme.noRate")}</span>;
  return (
    <span className="turnout-rate">
      <span className="turnout-rate__bar" aria-hidden="true">
        <span style={{ width: `${Math.min(100, percent)}%` }} />
      </span>
      {percent}%
    </span>
  );
}

interface Props {
  sessions: OrganiserDashboard["programme"];
  streams: OrganiserDashboard["streams"];
}

export function ProgrammeTurnout({ sessions, streams }: Props) {
  const { t } = useTranslation("analytics");
  const locale = useLocale();
  const titleId = useId();
  const streamName = (stream: string | null) => stream ?? t("programme.noStream");
  const [all, setAll] = useState(false);
  const shown = all ? sessions : sessions.slice(0, FIRST);
  return (
    <section className="analytics-card analytics-card--wide" aria-labelledby={titleId}>
      <h2 className="analytics-card__title" id={titleId}>
        {t("programme.title")}
      </h2>
      <p className="analytics-card__lead">{t("programme.lead")}</p>
      {sessions.length === 0 ? (
        <p className="analytics-card__empty">{t("programme.empty")}</p>
      ) : (
        <>
          <div className="analytics-table-wrap">
            <table className="analytics-table">
              <caption className="analytics-table__caption">{t("programme.streams")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("programme.stream")}</th>
                  <TurnoutHeads />
                </tr>
              </thead>
              <tbody>
                {streams.map((s) => (
                  <tr key={s.stream ?? ""}>
                    <th scope="row">{streamName(s.stream)}</th>
                    <TurnoutCells
                      registered={s.registered}
                      attended={s.attended}
                      rate={s.registered > 0 ? s.attended / s.registered : null}
                    />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="analytics-table-wrap">
            <table className="analytics-table">
              <caption className="analytics-table__caption">{t("programme.sessions")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("programme.session")}</th>
                  <th scope="col" className="analytics-table__hide-narrow">
                    {t("programme.stream")}
                  </th>
                  <TurnoutHeads />
                </tr>
              </thead>
              <tbody>
                {shown.map((s) => (
                  <tr key={s.eventId}>
                    <th scope="row">
                      <Link to={`/events/${s.eventId}`}>{pickText(s.title, locale)}</Link>
                      <span className="analytics-table__sub">{formatDateTime(s.startsAt, locale)}</span>
                    </th>
                    <td className="analytics-table__hide-narrow">{streamName(s.stream)}</td>
                    <TurnoutCells registered={s.registered} attended={s.attended} rate={s.attendanceRate} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {sessions.length > FIRST ? (
            <button
              type="button"
              className="button button--secondary button--sm analytics-card__more"
              aria-expanded={all}
              onClick={() => setAll(!all)}
            >
              {all ? t("programme.showFewer") : t("programme.showAll", { count: sessions.length })}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

/** The headers of the turnout columns both tables end with. */
function TurnoutHeads() {
  const { t } = useTranslation("analytics");
  return (
    <>
      <th scope="col" className="analytics-table__num">
        {t("programme.registered")}
      </th>
      <th scope="col" className="analytics-table__num">
        {t("programme.attended")}
      </th>
      <th scope="col">{t("programme.rate")}</th>
    </>
  );
}

/** Registered, attended and the rate, as both tables end their rows. */
function TurnoutCells({
  registered,
  attended,
  rate,
}: {
  registered: number;
  attended: number;
  rate: number | null;
}) {
  const locale = useLocale();
  return (
    <>
      <td className="analytics-table__num">{formatCount(registered, locale)}</td>
      <td className="analytics-table__num">{formatCount(attended, locale)}</td>
      <td>
        <Rate rate={rate} />
      </td>
    </>
  );
}
