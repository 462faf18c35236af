/**
 * The live page of an event, one page with two faces: viewers watch (and go on stage when
 * invited), hosts get the console beside the same picture. Chat and Q&A sit next to the video.
 */
import type { Webinar, WebinarPacket } from "@pavilion/schema";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useId, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session.ts";
import { pickText } from "../i18n/locale.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { EventChat } from "../live/EventChat.tsx";
import { QaPanel } from "../live/qa/QaPanel.tsx";
import type { LiveRoomState } from "../live/room/roomState.ts";
import { useTRPC } from "../trpc.ts";
import { HostConsole } from "./console/HostConsole.tsx";
import { type WebinarRoomState, webinarFace } from "./face.ts";
import { type RoomMedia, roomMedia } from "./feeds.ts";
import { OnStage } from "./OnStage.tsx";
import { useVisible } from "./useVisible.ts";
import { useWebinarRoom } from "./useWebinarRoom.ts";
import { VideoStage } from "./VideoStage.tsx";
import { WebinarAnnouncer } from "./WebinarAnnouncer.tsx";
import { WebinarHeader } from "./WebinarHeader.tsx";
import "./webinar.css";

const NO_MEDIA: RoomMedia = { videos: [], sounds: [], onAir: false };

/** What the chat says about live delivery: after the end it just shows history; displaced, it polls. */
function chatRoomState(state: WebinarRoomState): LiveRoomState {
  if (state === "ended") return "idle";
  return state === "displaced" ? "unavailable" : state;
}

export function WebinarView({ webinar }: { webinar: Webinar }) {
  const { t } = useTranslation("webinar");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const eventId = webinar.id;
  useDocumentTitle(pickText(webinar.title, locale) || t("title"));
  const { caller } = webinar;
  const { data: user } = useSession();
  const moderator = caller.isHost || caller.isOrganiser;

  const refresh = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: trpc.webinar.state.queryKey({ eventId }) });
    if (moderator)
      void queryClient.invalidateQueries({ queryKey: trpc.webinar.viewers.queryKey({ eventId }) });
  }, [queryClient, trpc, eventId, moderator]);
  const onPacket = useCallback((_packet: WebinarPacket) => refresh(), [refresh]);

  const live = useWebinarRoom(eventId, {
    enabled: caller.canWatch && webinar.liveAvailable && webinar.phase !== "ended",
    onPacket,
    onRefused: refresh,
  });
  // `version` says the room changed inside, so its media are read again.
  const media = useMemo(() => (live.room ? roomMedia(live.room) : NO_MEDIA), [live.room, live.version]);
  const face = webinarFace({
    phase: webinar.phase,
    canWatch: caller.canWatch,
    liveAvailable: webinar.liveAvailable,
    room: live.state,
    onAir: media.onAir,
  });

  // The room shows a host going on or off air first; the API's phase follows from its webhooks.
  const wasOnAir = useRef(media.onAir);
  useEffect(() => {
    if (wasOnAir.current === media.onAir) return;
    wasOnAir.current = media.onAir;
    refresh();
  }, [media.onAir, refresh]);

  const chatRef = useRef<HTMLDivElement>(null);
  const chatVisible = useVisible(chatRef);
  const onStage = !caller.isHost && live.canPublish && live.room !== null;
  const panelsRoom = live.room;
  const aboutId = useId();
  const description = pickText(webinar.description, locale);

  return (
    <article className="webinar-page">
      <WebinarHeader webinar={webinar} face={face} />
      <WebinarAnnouncer face={face} onStage={onStage} />
      <div
        className="container webinar-layout"
        data-host={moderator || undefined}
        data-signed-in={user ? true : undefined}
      >
        <div className="webinar-layout__stage">
          <VideoStage
            webinar={webinar}
            face={face}
            media={media}
            connecting={live.state === "connecting"}
            audioBlocked={live.audioBlocked}
            onStartAudio={live.startAudio}
            onRejoin={live.rejoin}
          />
          {onStage && live.room ? <OnStage room={live.room} /> : null}
        </div>
        {moderator ? (
          <div className="webinar-layout__console">
            <HostConsole
              webinar={webinar}
              room={live.room}
              roomState={live.state}
              chatVisible={chatVisible}
            />
          </div>
        ) : null}
        <div className="webinar-layout__chat" ref={chatRef} data-slot="chat">
          <EventChat eventId={eventId} room={panelsRoom} roomState={chatRoomState(live.state)} />
        </div>
        <div className="webinar-layout__qa" data-slot="qa">
          <QaPanel eventId={eventId} room={panelsRoom} />
        </div>
        <section className="webinar-card webinar-layout__about" aria-labelledby={aboutId}>
          <h2 className="webinar-card__title" id={aboutId}>
            {t("head.about")}
          </h2>
          <p className="webinar-about">{description || t("head.noDescription")}</p>
        </section>
      </div>
    </article>
  );
}
