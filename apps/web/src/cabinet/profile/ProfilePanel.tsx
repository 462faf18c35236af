import { useTranslation } from "react-i18next";
import { CabinetTab, Panel } from "../frame/CabinetTab.tsx";
import { useCabinet, useCabinetTitle } from "../useCabinet.ts";
import { LogoSection, VideoSection } from "./MediaSections.tsx";
import { ProfileForm } from "./ProfileForm.tsx";
import "./profile.css";

/** The profile tab: the texts and booth look, then the logo and the video presentation. */
export function ProfilePanel() {
  const { t } = useTranslation("cabinet");
  const { overview } = useCabinet();
  useCabinetTitle("profile");
  return (
    <CabinetTab
      main={
        <Panel titleId="profile-title" title={t("profile.title")} lead={t("profile.lead")}>
          {/* A new form per company, so switching companies starts from its own draft. */}
          <ProfileForm key={overview.exhibitorId} />
        </Panel>
      }
      side={
        <>
          <LogoSection />
          <VideoSection />
        </>
      }
    />
  );
}
