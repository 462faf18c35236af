/** The hosts' console beside the picture: broadcast, who watches and the stage, recording, the end. */
import type { Webinar } from "@pavilion/schema";
import type { Room } from "livekit-client";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { WebinarRoomState } from "../face.ts";
import { BroadcastPanel } from "./BroadcastPanel.tsx";
import { ChatNotice } from "./ChatNotice.tsx";
import { ViewersPanel } from "./ViewersPanel.tsx";
import { WebinarControls } from "./WebinarControls.tsx";

interface HostConsoleProps {
  webinar: Webinar;
  room: Room | null;
  roomState: WebinarRoomState;
  /** Whether the chat panel is on screen: if not, new visitors' messages are announced here. */
  chatVisible: boolean;
}

export function HostConsole({ webinar, room, roomState, chatVisible }: HostConsoleProps) {
  const { t } = useTranslation("webinar");
  const titleId = useId();
  const ended = webinar.phase === "ended";
  return (
    <section className="webinar-console" aria-labelledby={titleId}>
      <div className="webinar-console__head">
        <h2 className="webinar-console__title" id={titleId}>
          {t("console.title")}
        </h2>
        {ended ? null : <WebinarControls webinar={webinar} />}
      </div>
      <ChatNotice room={room} chatVisible={chatVisible} />
      {ended ? null : (
        <div className="webinar-console__grid">
          {webinar.caller.isHost ? (
            <BroadcastPanel room={room} roomState={roomState} />
          ) : (
            <p className="webinar-card webinar-card__text">{t("console.organiserNote")}</p>
          )}
          <ViewersPanel
            eventId={webinar.id}
            roomSize={room ? room.remoteParticipants.size : -1}
            hostRole={webinar.host.exhibitorId ? "staff" : "organiser"}
          />
        </div>
      )}
    </section>
  );
}
