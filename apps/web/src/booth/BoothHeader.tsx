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
  headingLevel = 1,
}: {
  booth: BoothPage;
  name: string;
  actions?: ReactNode;
  /** 1 on the booth's own page; 2 where the booth is shown inside another page. */
  headingLevel?: 1 | 2;
}) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
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
            <Heading className="booth-hero__name" lang={boothNameLang(booth.name, locale)}>
              {name}
            </Heading>
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
