import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../components/Icon.tsx";
import { LogoMark } from "../../components/LogoMark.tsx";
import { useOverview } from "../../exhibition/useOverview.ts";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatDateRange } from "../../lib/format.ts";
import "./auth.css";

/** The frame of the sign-in pages: the form card, and beside it what the exhibition offers. */
export function AuthShell({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data: overview } = useOverview();

  return (
    <div className="container auth">
      <div className="auth__card">
        <h1 className="auth__title">{title}</h1>
        <p className="auth__lead">{lead}</p>
        {children}
      </div>
      <aside className="auth__aside" aria-hidden="true">
        <LogoMark size={44} />
        <p className="auth__aside-name">{pickText(overview?.name, locale) || t("appName")}</p>
        {overview ? (
          <p className="auth__aside-dates">{formatDateRange(overview.startsOn, overview.endsOn, locale)}</p>
        ) : null}
        <ul className="auth__points">
          <li>
            <Icon name="check" />
            <span>{t("home.passPoints.booths")}</span>
          </li>
          <li>
            <Icon name="check" />
            <span>{t("home.passPoints.chat")}</span>
          </li>
          <li>
            <Icon name="check" />
            <span>{t("home.passPoints.materials")}</span>
          </li>
        </ul>
      </aside>
    </div>
  );
}
