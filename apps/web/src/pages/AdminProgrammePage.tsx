/** /admin/programme: the business programme's sessions by day and stream, and its speakers. */
import { useTranslation } from "react-i18next";
import { ProgrammeOverview } from "../authoring/admin/ProgrammeOverview.tsx";
import { BackLink } from "../components/BackLink.tsx";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useOrganiserGate } from "../moderation/useOrganiserGate.tsx";
import "../cabinet/cabinet.css";
import "../authoring/authoring.css";

export function AdminProgrammePage() {
  const { t } = useTranslation("authoring");
  useDocumentTitle(t("admin.title"));
  const { gate } = useOrganiserGate();
  if (gate) return gate;
  return (
    <div className="container page authoring-admin">
      <BackLink to="/admin" label={t("admin.back")} />
      <header className="page-header">
        <h1 className="page-title">{t("admin.title")}</h1>
        <p className="page-lead">{t("admin.lead")}</p>
      </header>
      <ProgrammeOverview />
    </div>
  );
}
