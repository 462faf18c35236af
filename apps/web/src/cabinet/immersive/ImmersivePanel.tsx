/** The cabinet's "3D and tour" tab: the company's product models, and the 360° tour of its site. */
import { useTranslation } from "react-i18next";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useDocumentTitle } from "../../lib/useDocumentTitle.ts";
import { useCabinet } from "../useCabinet.ts";
import { ModelsSection } from "./ModelsSection.tsx";
import { TourSection } from "./TourSection.tsx";
import "../materials/materials.css";
import "./immersive.css";

export function ImmersivePanel() {
  const { t } = useTranslation("immersive");
  const locale = useLocale();
  const { overview } = useCabinet();
  const name = pickText(overview.draft.profile.name, locale);
  useDocumentTitle(name ? `${t("tab")} — ${name}` : t("tab"));
  return (
    <div className="immersive-tab">
      <ModelsSection />
      <TourSection />
    </div>
  );
}
