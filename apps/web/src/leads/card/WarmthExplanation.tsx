import type { LeadCard } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatDateTime } from "../../lib/format.ts";
import { formatPoints, lineOpacity, warmthLineKey } from "../words.ts";

/**
 * Why the lead is this warm, line by line: what was done, the points it earned and what is
 * left of them now. Older lines fade as their points decay.
 */
export function WarmthExplanation({ card }: { card: LeadCard }) {
  const { t } = useTranslation("leads");
  const locale = useLocale();
  return (
    <section className="lead-card__section" aria-labelledby="lead-warmth-title">
      <h3 className="panel__subtitle" id="lead-warmth-title">
        {t("card.warmthLines")}
        <span className="lead-card__total">
          {" · "}
          {t("card.warmthNow", { points: formatPoints(card.warmth, locale) })}
        </span>
      </h3>
      {card.warmthLines.length === 0 ? (
        <p className="empty-note">{t("card.noLines")}</p>
      ) : (
        <ol className="warmth-lines" data-testid="warmth-lines">
          {card.warmthLines.map((line, index) => {
            const subject = pickText(line.subject, locale);
            const what = t(warmthLineKey(line.kind, subject), {
              subject,
              minutes: line.minutes === null ? "" : formatPoints(line.minutes, locale),
            });
            const base = formatPoints(line.basePoints, locale);
            const now = formatPoints(line.points, locale);
            return (
              <li
                // Lines have no id; the same kind at the same moment is one line.
                key={`${line.kind}-${line.occurredAt}-${index}`}
                className="warmth-line"
                style={{ opacity: lineOpacity(line.points, line.basePoints) }}
                data-testid="warmth-line"
              >
                <span className="warmth-line__what">{what}</span>
                <span className="warmth-line__points">
                  <span aria-hidden="true">{t("card.lineEarned", { base, now })}</span>
                  <span className="visually-hidden">{t("card.lineEarnedLabel", { base, now })}</span>
                </span>
                <time className="warmth-line__time" dateTime={line.occurredAt}>
                  {formatDateTime(line.occurredAt, locale)}
                </time>
              </li>
            );
          })}
        </ol>
      )}
      <p className="lead-card__muted">
        {t("card.decay", { days: formatPoints(card.halfLifeDays, locale) })} {t("bandHint")}
      </p>
    </section>
  );
}
