import type { BilingualText, WebinarPhase } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatEventTime } from "../../booth/eventTime.ts";
import { pickText } from "../../i18n/locale.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { timeZoneLabel } from "../../lib/format.ts";
import { useTRPC } from "../../trpc.ts";
import { UploadBox } from "../upload/UploadBox.tsx";
import { WebinarRegistrantsLink } from "./WebinarRegistrantsLink.tsx";

/** What the row shows of one of webinar.exhibitorWebinars' items. */
interface ExhibitorWebinar {
  id: string;
  title: BilingualText;
  startsAt: string;
  endsAt: string;
  timezone: string;
  status: "draft" | "submitted" | "approved" | "cancelled";
  phase: WebinarPhase;
  hasRecording: boolean;
}

const phaseTag = { scheduled: "tag--muted", live: "tag--live", ended: "tag--ended" } as const;

/** One webinar: when (in its own time zone), where it stands, the way to its console, its recording. */
export function WebinarRow({ webinar, onChanged }: { webinar: ExhibitorWebinar; onChanged: () => void }) {
  const { t } = useTranslation("live");
  const locale = useLocale();
  const titleId = useId();
  const title = pickText(webinar.title, locale);
  const when = t("cabinet.webinars.time", {
    time: formatEventTime(webinar.startsAt, webinar.endsAt, locale, webinar.timezone),
    zone: timeZoneLabel(webinar.timezone, locale, new Date(webinar.startsAt)),
  });
  const cancelled = webinar.status === "cancelled";
  return (
    <li className="live-webinar" aria-labelledby={titleId} data-testid="live-webinar">
      <div className="live-webinar__head">
        <h3 className="live-webinar__title" id={titleId}>
          {title}
        </h3>
        <div className="live-webinar__tags">
          {webinar.status === "approved" ? null : (
            <span className={`tag ${cancelled ? "tag--danger" : "tag--pending"}`}>
              {t(`cabinet.webinars.status.${webinar.status}`)}
            </span>
          )}
          {cancelled ? null : (
            <span className={`tag ${phaseTag[webinar.phase]}`}>
              {t(`cabinet.webinars.phase.${webinar.phase}`)}
            </span>
          )}
        </div>
      </div>
      <p className="live-webinar__time">
        <time dateTime={webinar.startsAt}>{when}</time>
      </p>
      {cancelled ? null : (
        <div className="live-webinar__actions">
          <Link
            className={`button button--sm ${webinar.phase === "live" ? "button--primary" : "button--secondary"}`}
            to={`/events/${webinar.id}/live`}
            aria-label={t("cabinet.webinars.openConsoleLabel", { title })}
          >
            {t("cabinet.webinars.openConsole")}
          </Link>
          <WebinarRegistrantsLink eventId={webinar.id} title={title} />
        </div>
      )}
      {webinar.phase === "ended" && !cancelled ? (
        <RecordingUpload
          eventId={webinar.id}
          title={title}
          hasRecording={webinar.hasRecording}
          onChanged={onChanged}
        />
      ) : null}
    </li>
  );
}

/** After the webinar: send its recording over tus, then attach it to the event. */
function RecordingUpload({
  eventId,
  title,
  hasRecording,
  onChanged,
}: {
  eventId: string;
  title: string;
  hasRecording: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation("live");
  const trpc = useTRPC();
  const attach = useMutation(trpc.webinar.attachRecording.mutationOptions({ onSuccess: onChanged }));
  const [attached, setAttached] = useState(false);
  return (
    <div className="live-recording">
      <p className="live-recording__state">
        <span className={`tag ${hasRecording ? "tag--ok" : "tag--muted"}`}>
          {t(hasRecording ? "cabinet.webinars.recording.has" : "cabinet.webinars.recording.none")}
        </span>
      </p>
      <p className="live-recording__hint">{t("cabinet.webinars.recording.hint")}</p>
      <UploadBox
        purpose="video"
        label={t(hasRecording ? "cabinet.webinars.recording.replace" : "cabinet.webinars.recording.upload")}
        processingLabel={t("cabinet.webinars.recording.processing")}
        onUploaded={async (uploadId) => {
          setAttached(false);
          await attach.mutateAsync({ eventId, uploadId });
          setAttached(true);
        }}
      />
      <p className="live-recording__done" role="status">
        {attached ? t("cabinet.webinars.recording.attached", { title }) : null}
      </p>
    </div>
  );
}
