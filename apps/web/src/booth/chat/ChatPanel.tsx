/**
 * A chat panel for a place: a booth's chat with its staff and visitors, or an event's chat beside
 * the webinar. What a person can do depends on who they are (signed out: read why and sign in).
 */
import type { Room } from "livekit-client";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { type LivePlace, placeKind } from "../../live/room/place.ts";
import type { LiveRoomState } from "../../live/room/roomState.ts";
import { BoothIcon } from "../BoothIcon.tsx";
import { ChatComposer } from "./ChatComposer.tsx";
import { ChatConversation } from "./ChatConversation.tsx";
import { ChatSignedOut } from "./ChatSignedOut.tsx";
import { placeTextKey } from "./texts.ts";
import "./chat.css";

export interface ChatPanelProps {
  place: LivePlace;
  /** "preview" (cabinet, moderation): shown, disabled, not connected. */
  mode?: "visitor" | "preview";
  /** A booth's: whether staff were in the room when the page loaded (the room updates it). */
  staffOnline?: boolean;
  /**
   * A room the page already holds (the webinar page's, the cabinet's): the chat listens to it
   * rather than opening a second connection; null while there is none. Omitted: the chat joins
   * the place's room itself.
   */
  room?: Room | null;
  /** The given room's state as its owner knows it; read from the room when omitted. */
  roomState?: LiveRoomState;
  /** What the empty log says, when the place's usual words do not fit (staff in their cabinet). */
  emptyText?: string;
  /** Classes of the panel instead of the place's own (a booth card, an event panel). */
  className?: string;
}

/** The chat of a booth or an event. */
export function ChatPanel({
  place,
  mode = "visitor",
  staffOnline = false,
  room,
  roomState,
  emptyText,
  className,
}: ChatPanelProps) {
  const { t } = useTranslation("booth");
  const { data: user } = useSession();
  const titleId = useId();
  const kind = placeKind(place);
  const header = (online: boolean) => <ChatHeader titleId={titleId} place={place} staffOnline={online} />;
  const roomProps = room === undefined ? {} : { room, ...(roomState ? { roomState } : {}) };
  const classes =
    className ?? (kind === "booth" ? "booth-card booth-chat-panel" : "chat-panel chat-panel--event");
  return (
    <section
      className={classes}
      aria-labelledby={titleId}
      data-testid={kind === "booth" ? "booth-chat" : "event-chat"}
    >
      {mode === "preview" ? (
        <>
          {header(staffOnline)}
          <ChatComposer onSend={() => Promise.resolve()} pending={false} disabledReason={t("chat.preview")} />
        </>
      ) : user ? (
        <ChatConversation
          place={place}
          self={user}
          staffOnline={staffOnline}
          header={header}
          emptyText={emptyText}
          {...roomProps}
        />
      ) : (
        <>
          {header(staffOnline)}
          {user === null ? <ChatSignedOut kind={kind} /> : null}
        </>
      )}
    </section>
  );
}

/** The chat's title and, in a booth, whether its staff are there to answer. */
function ChatHeader({
  titleId,
  place,
  staffOnline,
}: {
  titleId: string;
  place: LivePlace;
  staffOnline: boolean;
}) {
  const { t } = useTranslation("booth");
  const kind = placeKind(place);
  return (
    <div className="booth-chat__head chat-panel__head">
      <span className="booth-chat__icon">
        <BoothIcon name="chat" size={22} />
      </span>
      <div className="chat-panel__heading">
        <h2 className={kind === "booth" ? "booth-card__title" : "chat-panel__title"} id={titleId}>
          {t(placeTextKey(kind, "title"))}
        </h2>
        {kind === "event" ? null : staffOnline ? (
          <span className="tag tag--ok">{t("chat.staffOnline")}</span>
        ) : (
          <span className="chat-panel__away">{t("chat.staffAway")}</span>
        )}
      </div>
    </div>
  );
}
