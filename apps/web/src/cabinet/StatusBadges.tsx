import type { ModerationStatusName } from "@pavilion/schema";
import { useTranslation } from "react-i18next";

const draftTone: Record<ModerationStatusName, string> = {
  draft: "tag--muted",
  submitted: "tag--pending",
  approved: "tag--ok",
  rejected: "tag--danger",
};

/** The draft's place in moderation: draft, waiting for review, approved, changes requested. */
export function DraftStatusBadge({ status }: { status: ModerationStatusName }) {
  const { t } = useTranslation("cabinet");
  return <span className={`tag ${draftTone[status]}`}>{t(`draftStatus.${status}`)}</span>;
}

/** Whether visitors can find the company on the floor. */
export function LiveBadge({ liveStatus }: { liveStatus: ModerationStatusName }) {
  const { t } = useTranslation("cabinet");
  const live = liveStatus === "approved";
  return (
    <span className={live ? "tag tag--live-floor" : "tag tag--muted"}>
      {t(live ? "list.live.approved" : "list.live.other")}
    </span>
  );
}
