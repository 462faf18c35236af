import type { LeadCard } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatDateTime } from "../../lib/format.ts";
import { formatPoints, timelineKey } from "../words.ts";

/** Everything the visitor did at the company, newest first. */
export function LeadTimeline({ items }: { items: LeadCard["timeline"] }) {
  const { t } = useTranslation("leads");
  const locale = useLocale();
  return (
    <section className="lead-card__section" aria-labelledby="lead-timeline-title">
      <h3 className="panel__subtitle" id="lead-timeline-title">
        {t("card.timeline")}
      </h3>
      {items.length === 0 ? (
        <p className="empty-note">{t("card.noTimeline")}</p>
      ) : (
        <ol className="lead-timeline" data-testid="lead-timeline">
          {items.map((item) => {
            const subject = pickText(item.subject, locale);
            return (
              <li key={item.id} className="lead-timeline__item">
                <time className="lead-timeline__time" dateTime={item.occurredAt}>
                  {formatDateTime(item.occurredAt, locale)}
                </time>
                <span>
                  {t(timelineKey(item.kind, subject), {
                    subject,
                    minutes: item.minutes === null ? "?" : formatPoints(item.minutes, locale),
                  })}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
