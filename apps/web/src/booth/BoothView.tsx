import type { BoothPage } from "@pavilion/schema";
import { type CSSProperties, useId } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { ImmersiveSection } from "../immersive/ImmersiveSection.tsx";
import { safeColor } from "../lib/color.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { BookMeeting } from "../meetings/BookMeeting.tsx";
import { BoothAbout } from "./BoothAbout.tsx";
import { BoothBusinessCard, LeaveContactsButton } from "./BoothBusinessCard.tsx";
import { BoothContacts } from "./BoothContacts.tsx";
import { BoothEvents } from "./BoothEvents.tsx";
import { BoothHeader } from "./BoothHeader.tsx";
import { BoothMaterials } from "./BoothMaterials.tsx";
import { BoothPresentation } from "./BoothPresentation.tsx";
import { BoothChat } from "./chat/BoothChat.tsx";
import { boothName, clampText } from "./names.ts";
import { useRecordLeave } from "./useRecordLeave.ts";
import { useRecordVisit } from "./useRecordVisit.ts";
import { useVideoPlays } from "./useVideoPlays.ts";
import "./booth.css";
import "./booth-items.css";
import "./booth-video.css";
import "./booth-materials.css";
import "./booth-dialog.css";
import "./booth-card.css";

interface BoothViewProps {
  booth: BoothPage;
  /**
   * "visitor" (the default): the booth as visitors use it. "preview" (the cabinet's
   * preview, the moderation review): the same page, but no activity is recorded and
   * the business card form is shown disabled.
   */
  mode?: "visitor" | "preview";
}

/** A loaded booth: its header, then the video and what it offers beside how to reach it. */
export function BoothView({ booth, mode = "visitor" }: BoothViewProps) {
  const { t } = useTranslation("booth");
  const locale = useLocale();
  const { data: user } = useSession();
  const visitor = mode === "visitor";
  const name = boothName(booth.name, locale, t("unnamed"));
  useDocumentTitle(clampText(name, 60));
  useRecordVisit(booth.exhibitorId, visitor);
  useRecordLeave(booth.exhibitorId, visitor && Boolean(user));
  const recordPlay = useVideoPlays(booth.exhibitorId, visitor && Boolean(user));
  const cardId = useId();
  const member = visitor && user?.memberships.some((m) => m.exhibitorId === booth.exhibitorId);

  return (
    <article className="booth-page" style={{ "--brand": safeColor(booth.color) } as CSSProperties}>
      <BoothHeader
        booth={booth}
        name={name}
        // Embedded in the cabinet or the moderation review, the booth sits under that page's own h1.
        headingLevel={mode === "preview" ? 2 : 1}
        actions={member ? undefined : <LeaveContactsButton cardId={cardId} />}
      />
      <div className="container booth-page__body">
        <div className="booth-page__main">
          <BoothPresentation booth={booth} name={name} onPlay={() => recordPlay()} />
          <BoothAbout booth={booth} />
          <ImmersiveSection exhibitorId={booth.exhibitorId} record={visitor && Boolean(user)} />
          <BoothMaterials materials={booth.materials} onVideoPlay={recordPlay} />
        </div>
        <aside className="booth-page__aside">
          <BoothContacts booth={booth} />
          <BoothChat exhibitorId={booth.exhibitorId} staffOnline={booth.staffOnline} mode={mode} />
          <BoothBusinessCard id={cardId} exhibitorId={booth.exhibitorId} company={name} mode={mode} />
          {visitor ? <BookMeeting exhibitorId={booth.exhibitorId} /> : null}
          <BoothEvents events={booth.upcomingEvents} />
        </aside>
      </div>
    </article>
  );
}
