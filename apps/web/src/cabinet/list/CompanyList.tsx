import type { BilingualText, CabinetOverview, ModerationStatusName } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "../../components/Icon.tsx";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { initials } from "../../lib/color.ts";
import { DraftStatusBadge, LiveBadge } from "../StatusBadges.tsx";
import "./list.css";

export interface MyCompany {
  exhibitorId: string;
  name: BilingualText;
  role: CabinetOverview["role"];
  liveStatus: ModerationStatusName;
  draftStatus: ModerationStatusName;
}

/** The companies the person works for, each a link into its cabinet. */
export function CompanyList({ companies }: { companies: readonly MyCompany[] }) {
  const { t } = useTranslation("cabinet");
  const locale = useLocale();
  return (
    <ul className="company-list">
      {companies.map((company) => {
        const name = pickText(company.name, locale) || "—";
        return (
          <li key={company.exhibitorId} className="company-card" data-testid="my-company">
            <span className="company-card__avatar" aria-hidden="true">
              {initials(name)}
            </span>
            <div className="company-card__body">
              <h3 className="company-card__name">
                <Link className="company-card__link" to={`/cabinet/${company.exhibitorId}`}>
                  {name}
                </Link>
              </h3>
              <p className="company-card__role">{t(`roles.${company.role}`)}</p>
              <p className="company-card__badges">
                <LiveBadge liveStatus={company.liveStatus} />
                <DraftStatusBadge status={company.draftStatus} />
              </p>
            </div>
            <Icon name="arrowRight" className="company-card__arrow" />
          </li>
        );
      })}
    </ul>
  );
}
