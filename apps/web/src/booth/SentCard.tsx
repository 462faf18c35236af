import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../components/Icon.tsx";
import { useLocale } from "../i18n/useLocale.ts";
import { formatDateTime } from "../lib/format.ts";

/** The card this visitor sent, when, and a way to change it. */
export function SentCard({
  card,
  company,
  focus,
  onEdit,
}: {
  card: { name: string; company: string; position: string; email: string; phone: string; createdAt: string };
  company: string;
  focus: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation("booth");
  const locale = useLocale();
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) messageRef.current?.focus();
  }, [focus]);
  const work = [card.position, card.company].filter(Boolean).join(", ");
  return (
    <div className="booth-card__sent">
      <div className="notice notice--success" tabIndex={-1} ref={messageRef} role="status">
        <Icon name="check" />
        <div>
          <p className="notice__title">
            {t("page.card.sent", { company, date: formatDateTime(card.createdAt, locale) })}
          </p>
          <p>{t("page.card.sentNext")}</p>
        </div>
      </div>
      <div className="booth-vcard">
        <p className="booth-vcard__name">{card.name}</p>
        {work ? <p className="booth-vcard__work">{work}</p> : null}
        <p className="booth-vcard__line">{card.email}</p>
        {card.phone ? <p className="booth-vcard__line">{card.phone}</p> : null}
      </div>
      <button type="button" className="button button--secondary button--block" onClick={onEdit}>
        {t("page.card.update")}
      </button>
    </div>
  );
}
