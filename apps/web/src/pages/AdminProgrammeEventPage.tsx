/** /admin/programme/new and /admin/programme/:eventId: the editor for a programme session (or any event). */
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { EventEditorScreen } from "../authoring/EventEditorScreen.tsx";
import { BackLink } from "../components/BackLink.tsx";
import { useOrganiserGate } from "../moderation/useOrganiserGate.tsx";
import "../cabinet/cabinet.css";
import "../authoring/authoring.css";

export function AdminProgrammeEventPage() {
  const { t } = useTranslation("authoring");
  const { eventId } = useParams();
  const navigate = useNavigate();
  const { gate } = useOrganiserGate();
  if (gate) return gate;
  return (
    <div className="container page authoring-admin">
      <BackLink to="/admin/programme" label={t("admin.backToProgramme")} />
      <EventEditorScreen
        heading="h1"
        eventId={eventId ?? null}
        exhibitorId={null}
        organiser
        onCreated={(event) => navigate(`/admin/programme/${event.id}`, { replace: true })}
      />
    </div>
  );
}
