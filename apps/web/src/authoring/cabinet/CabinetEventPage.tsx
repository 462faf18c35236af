/** /cabinet/:exhibitorId/events/new and /:eventId: the editor for the company's webinar. */
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { useCabinet } from "../../cabinet/useCabinet.ts";
import { BackLink } from "../../components/BackLink.tsx";
import { EventEditorScreen } from "../EventEditorScreen.tsx";

export function CabinetEventPage() {
  const { t } = useTranslation("authoring");
  const { eventId } = useParams();
  const { overview } = useCabinet();
  const navigate = useNavigate();
  const exhibitorId = overview.exhibitorId;
  return (
    <div className="authoring-page">
      <BackLink to={`/cabinet/${exhibitorId}/events`} label={t("cabinet.back")} />
      <EventEditorScreen
        eventId={eventId ?? null}
        exhibitorId={exhibitorId}
        organiser={false}
        onCreated={(event) => navigate(`/cabinet/${exhibitorId}/events/${event.id}`, { replace: true })}
      />
    </div>
  );
}
