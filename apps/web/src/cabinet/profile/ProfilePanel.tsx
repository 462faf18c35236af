import { useTranslation } from "react-i18next";
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
    <div className="cabinet-tab">
      <div className="cabinet-tab__main">
        <section className="panel" aria-labelledby="profile-title">
          <h2 className="panel__title" id="profile-title">
            {t("profile.title")}
          </h2>
          <p className="panel__lead">{t("profile.lead")}</p>
          {/* A new form per company, so switching companies starts from its own draft. */}
          <ProfileForm key={overview.exhibitorId} />
        </section>
      </div>
      <div className="cabinet-tab__side">
        <LogoSection />
        <VideoSection />
      </div>
    </div>
  );
}
