import type { CabinetOverview } from "@pavilion/schema";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useMatch } from "react-router";
import { BackLink } from "../../components/BackLink.tsx";
import { Icon } from "../../components/Icon.tsx";
import { PageLoading } from "../../components/states.tsx";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { CompanyLogo } from "../CompanyLogo.tsx";
import { StaffChatRoomContext } from "../live/StaffChatContext.ts";
import { StaffChatToast } from "../live/StaffChatToast.tsx";
import { useStaffChat } from "../live/useStaffChat.ts";
import type { CabinetContext } from "../useCabinet.ts";
import { StatusBanner } from "./StatusBanner.tsx";
import "./frame.css";

const tabs = [
  "profile",
  "materials",
  "immersive",
  "team",
  "preview",
  "activity",
  "live",
  "events",
  "leads",
  "stats",
] as const;

/** Tabs whose label lives in their own namespace. */
const tabLabels: Partial<Record<(typeof tabs)[number], string>> = {
  immersive: "immersive:tab",
  live: "live:cabinet.tab",
  events: "authoring:cabinet.tab",
  leads: "leads:tab",
  stats: "stats:tab",
};

/** A company's cabinet: its name, the moderation status, the sections, and the open one. */
export function CabinetFrame({ overview }: { overview: CabinetOverview }) {
  const { t } = useTranslation("cabinet");
  const locale = useLocale();
  const { profile } = overview.draft;
  const name = pickText(profile.name, locale) || "—";
  const context: CabinetContext = { overview };
  // The booth chat is watched on every tab, so staff hear of a visitor's message wherever they are.
  const onLiveTab = useMatch("/cabinet/:exhibitorId/live") !== null;
  const staffChat = useStaffChat(overview.exhibitorId, onLiveTab);

  return (
    <div className="container page cabinet">
      <BackLink to="/cabinet" label={t("head.back")} />
      <header className="cabinet-head">
        <CompanyLogo url={overview.draft.logoUrl} name={name} color={profile.color} size={64} />
        <div className="cabinet-head__text">
          <h1 className="cabinet-head__name">{name}</h1>
          <p className="cabinet-head__meta">
            <span>
              <Icon name="layers" size={16} />
              {t("head.floor", { floor: pickText(overview.floor.name, locale) })}
            </span>
            <span>
              <Icon name="users" size={16} />
              {t("head.role", { role: t(`roles.${overview.role}`) })}
            </span>
          </p>
        </div>
        {overview.liveStatus === "approved" ? (
          <Link
            className="button button--secondary button--sm cabinet-head__live"
            to={`/booths/${overview.exhibitorId}`}
          >
            {t("head.viewLive")}
            <Icon name="arrowRight" size={16} />
          </Link>
        ) : null}
      </header>
      <StatusBanner overview={overview} />
      <div className="cabinet__body">
        <nav className="cabinet-nav" aria-label={t("nav.label")}>
          <ul className="cabinet-nav__list">
            {tabs.map((tab) => (
              <li key={tab}>
                <NavLink className="cabinet-nav__link" to={tab}>
                  {t(tabLabels[tab] ?? `nav.${tab}`)}
                  {tab === "materials" && overview.pendingMaterials > 0 ? (
                    <span className="cabinet-nav__count">
                      {overview.pendingMaterials}
                      <span className="visually-hidden">
                        {" "}
                        {t("status.pendingMaterials", { count: overview.pendingMaterials })}
                      </span>
                    </span>
                  ) : null}
                  {tab === "live" && staffChat.unread > 0 ? (
                    <span className="cabinet-nav__count" data-testid="live-unread">
                      {staffChat.unread}
                      <span className="visually-hidden">
                        {" "}
                        {t("live:cabinet.unread", { count: staffChat.unread })}
                      </span>
                    </span>
                  ) : null}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="cabinet__panel">
          <StaffChatRoomContext value={staffChat.room}>
            <Suspense fallback={<PageLoading />}>
              <Outlet context={context} />
            </Suspense>
          </StaffChatRoomContext>
        </div>
      </div>
      <StaffChatToast toast={onLiveTab ? null : staffChat.toast} onDismiss={staffChat.dismissToast} />
    </div>
  );
}
