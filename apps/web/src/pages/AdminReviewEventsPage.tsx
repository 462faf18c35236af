/** /admin/programme/review: events and changes waiting for the organisers' decision. */
import { useTranslation } from "react-i18next";
import { ReviewQueue } from "../authoring/review/ReviewQueue.tsx";
import { BackLink } from "../components/BackLink.tsx";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { useOrganiserGate } from "../moderation/useOrganiserGate.tsx";
import "../cabinet/cabinet.css";
import "../cabinet/tables.css";
import "../authoring/authoring.css";

export function AdminReviewEventsPage() {
  const { t } = useTranslation("authoring");
  useDocumentTitle(t("review.title"));
  const { gate } = useOrganiserGate();
  if (gate) return gate;
  return (
    <div className="container page authoring-admin">
      <BackLink to="/admin/programme" label={t("admin.backToProgramme")} />
      <header className="page-header">
        <h1 className="page-title">{t("review.title")}</h1>
        <p className="page-lead">{t("review.lead")}</p>
      </header>
      <ReviewQueue />
    </div>
  );
}
