import type { BoothPage } from "@pavilion/schema";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "../components/Icon.tsx";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { BoothLogo } from "./BoothLogo.tsx";
import { boothNameLang } from "./names.ts";

/** The top of a booth: its floor (a way back to it), logo and name, and what to do first. */
export function BoothHeader({
  booth,
  name,
  actions,
}: {
  booth: BoothPage;
  name: string;
  actions?: ReactNode;
}) {
  const { t } = useTranslation("booth");
  const locale = useLocale();
  const floor = pickText(booth.floor.name, locale);
  return (
    <header className="booth-hero">
      <div className="container booth-hero__inner">
        <Link className="booth-hero__floor" to={`/floors/${encodeURIComponent(booth.floor.slug)}`}>
          <Icon name="layers" size={18} />
          <span>{t("page.floorLink", { floor })}</span>
        </Link>
        <div className="booth-hero__main">
          <BoothLogo
            url={booth.logoUrl}
            name={name}
            color={booth.color}
            size={96}
            alt={t("page.logoAlt", { name })}
            eager
          />
          <div className="booth-hero__text">
            <h1 className="booth-hero__name" lang={boothNameLang(booth.name, locale)}>
              {name}
            </h1>
            {booth.live || booth.staffOnline ? (
              <ul className="booth-hero__badges" aria-label={t("page.nowLabel")}>
                {booth.live ? <li className="tag tag--live">{t("page.live")}</li> : null}
                {booth.staffOnline ? <li className="tag tag--ok">{t("popup.staffOnline")}</li> : null}
              </ul>
            ) : null}
            {actions ? <div className="booth-hero__actions">{actions}</div> : null}
          </div>
        </div>
      </div>
    </header>
  );
}
