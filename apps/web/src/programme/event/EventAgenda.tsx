/** The event's timed agenda: registration, talks with their theses and speaker, breaks, Q&A. */
import type { AgendaItem } from "@pavilion/schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatTime } from "../../lib/format.ts";

export function EventAgenda({ items, viewerZone }: { items: AgendaItem[]; viewerZone: string }) {
  const { t } = useTranslation("programme");
  const locale = useLocale();
  const titleId = useId();
  if (items.length === 0) return null;
  return (
    <section className="event-section" aria-labelledby={titleId}>
      <h2 className="event-section__title" id={titleId}>
        {t("event.agenda")}
      </h2>
      <ol className="event-agenda">
        {items.map((item) => {
          const theses =
            item.theses[locale].length > 0 ? item.theses[locale] : item.theses[locale === "ru" ? "en" : "ru"];
          const speaker = item.speaker ? pickText(item.speaker.name, locale) : "";
          const company = item.speaker ? pickText(item.speaker.company, locale) : "";
          return (
            <li key={item.id} className="event-agenda__item" data-kind={item.kind}>
              <p className="event-agenda__time">
                <time dateTime={item.startsAt}>{formatTime(item.startsAt, locale, viewerZone)}</time>
                <span>{t("event.minutes", { count: item.durationMinutes })}</span>
              </p>
              <div className="event-agenda__body">
                {item.kind !== "talk" && item.kind !== "other" ? (
                  <p className="event-agenda__kind">{t(`event.agendaKinds.${item.kind}`)}</p>
                ) : null}
                <h3 className="event-agenda__title">{pickText(item.title, locale)}</h3>
                {speaker ? (
                  <p className="event-agenda__speaker">
                    {speaker}
                    {company ? <span>, {company}</span> : null}
                  </p>
                ) : null}
                {theses.length > 0 ? (
                  <ul className="event-agenda__theses">
                    {theses.map((thesis) => (
                      <li key={thesis}>{thesis}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
