import type { LeadCard } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatDateTime } from "../../lib/format.ts";
import { WarmthBadge } from "../WarmthBadge.tsx";

/** Who the lead is (only with consent), how they became a lead, and their warmth. */
export function LeadContacts({ card }: { card: LeadCard }) {
  const { t } = useTranslation("leads");
  const locale = useLocale();
  const { visitor } = card;
  const facts = [
    { key: "name", value: visitor.name },
    { key: "company", value: visitor.company },
    { key: "position", value: visitor.position },
  ] as const;
  return (
    <section className="lead-card__section" aria-labelledby="lead-contacts-title">
      <div className="lead-card__headline">
        <h3 className="panel__subtitle" id="lead-contacts-title">
          {t("card.contacts")}
        </h3>
        <WarmthBadge warmth={card.warmth} band={card.band} />
      </div>
      {visitor.consent ? (
        <>
          <dl className="lead-facts" data-testid="lead-contacts">
            {facts.map((fact) =>
              fact.value ? (
                <div key={fact.key}>
                  <dt>{t(`card.${fact.key}`)}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ) : null,
            )}
            {visitor.email ? (
              <div>
                <dt>{t("card.email")}</dt>
                <dd>
                  <a href={`mailto:${visitor.email}`}>{visitor.email}</a>
                </dd>
              </div>
            ) : null}
            {visitor.phone ? (
              <div>
                <dt>{t("card.phone")}</dt>
                <dd>
                  <a href={`tel:${visitor.phone.replace(/[^+\d]/g, "")}`}>{visitor.phone}</a>
                </dd>
              </div>
            ) : null}
          </dl>
          {card.consentGivenAt ? (
            <p className="lead-card__muted">
              {t("card.consentGiven", { time: formatDateTime(card.consentGivenAt, locale) })}
            </p>
          ) : null}
        </>
      ) : (
        <p className="notice notice--info lead-card__no-consent">{t("card.noConsent")}</p>
      )}
      <p className="lead-card__muted">
        {t("card.source", {
          source: t(`source.${card.source}`),
          time: formatDateTime(card.createdAt, locale),
        })}
      </p>
    </section>
  );
}
