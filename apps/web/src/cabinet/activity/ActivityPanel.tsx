import type { BoothActivity } from "@pavilion/schema";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { LoadError, PageLoading } from "../../components/states.tsx";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatDateTime } from "../../lib/format.ts";
import { useTRPC } from "../../trpc.ts";
import { CabinetTab, Panel } from "../frame/CabinetTab.tsx";
import { useCabinet, useCabinetTitle } from "../useCabinet.ts";
import { activityKey } from "./kinds.ts";
import "../tables.css";
import "./activity.css";

/** The activity tab: what visitors did at the booth lately, and the business cards they left. */
export function ActivityPanel() {
  const { t } = useTranslation("cabinet");
  const trpc = useTRPC();
  const { overview } = useCabinet();
  useCabinetTitle("activity");
  const activity = useQuery(
    trpc.cabinet.activity.queryOptions({ exhibitorId: overview.exhibitorId }, { staleTime: 0 }),
  );

  if (activity.isError && !activity.data) return <LoadError onRetry={() => void activity.refetch()} />;
  if (!activity.data) return <PageLoading />;
  return (
    <CabinetTab
      main={
        <Panel titleId="activity-title" title={t("activity.title")} lead={t("activity.lead")}>
          <h3 className="panel__subtitle">{t("activity.recent")}</h3>
          <ActivityTable items={activity.data.items} />
        </Panel>
      }
      side={
        <Panel titleId="cards-title" title={t("activity.cards")}>
          <ContactCards cards={activity.data.contacts} />
        </Panel>
      }
    />
  );
}

function ActivityTable({ items }: { items: BoothActivity["items"] }) {
  const { t } = useTranslation("cabinet");
  const locale = useLocale();
  if (items.length === 0) return <p className="empty-note">{t("activity.empty")}</p>;
  return (
    <div className="table-card">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("activity.time")}</th>
            <th scope="col">{t("activity.visitor")}</th>
            <th scope="col">{t("activity.what")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const title = pickText(item.materialTitle, locale);
            return (
              <tr key={item.id} data-testid="activity-item">
                <td data-label={t("activity.time")} className="data-table__muted data-table__nowrap">
                  <time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt, locale)}</time>
                </td>
                <td data-label={t("activity.visitor")} className="data-table__strong">
                  {item.visitorName ?? t("activity.anonymous")}
                </td>
                <td data-label={t("activity.what")}>
                  {t(activityKey(item.kind, title !== ""), { title, kind: item.kind })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ContactCards({ cards }: { cards: BoothActivity["contacts"] }) {
  const { t } = useTranslation("cabinet");
  const locale = useLocale();
  if (cards.length === 0) return <p className="empty-note">{t("activity.cardsEmpty")}</p>;
  return (
    <ul className="contact-cards">
      {cards.map((card) => (
        <li key={card.id} className="contact-card" data-testid="contact-card">
          <p className="contact-card__name">{card.name}</p>
          {card.position || card.company ? (
            <p className="contact-card__job">{[card.position, card.company].filter(Boolean).join(", ")}</p>
          ) : null}
          <dl className="contact-card__facts">
            <dt>{t("activity.cardEmail")}</dt>
            <dd>
              <a href={`mailto:${card.email}`}>{card.email}</a>
            </dd>
            {card.phone ? (
              <>
                <dt>{t("activity.cardPhone")}</dt>
                <dd>
                  <a href={`tel:${card.phone.replace(/[^+\d]/g, "")}`}>{card.phone}</a>
                </dd>
              </>
            ) : null}
          </dl>
          {card.message ? <p className="contact-card__message">{card.message}</p> : null}
          <p className="contact-card__time">
            {t("activity.cardLeft", { time: formatDateTime(card.createdAt, locale) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
