import type { ExhibitorCard as Exhibitor } from "@pavilion/schema";
import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../components/Icon.tsx";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { initials, safeColor } from "../../lib/color.ts";

export function ExhibitorCard({ exhibitor }: { exhibitor: Exhibitor }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = pickText(exhibitor.name, locale);
  const description = pickText(exhibitor.description, locale);
  const style = { "--brand": safeColor(exhibitor.color) } as CSSProperties;

  return (
    <li className="exhibitor-card" style={style}>
      <div className="exhibitor-card__logo">
        {exhibitor.logoUrl ? (
          <img
            src={exhibitor.logoUrl}
            alt={t("exhibitors.logoAlt", { name })}
            width={72}
            height={72}
            loading="lazy"
            decoding="async"
          />
        ) : (
          <span className="exhibitor-card__initials" aria-hidden="true">
            {initials(name)}
          </span>
        )}
      </div>
      <div className="exhibitor-card__body">
        <h2 className="exhibitor-card__name">{name}</h2>
        <p className="exhibitor-card__floor">
          <Icon name="layers" size={16} />
          <span>{pickText(exhibitor.floorName, locale)}</span>
        </p>
        {description ? <p className="exhibitor-card__description">{description}</p> : null}
      </div>
    </li>
  );
}
