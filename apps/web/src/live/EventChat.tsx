import type { Room } from "livekit-client";
import { ChatPanel } from "../booth/chat/ChatPanel.tsx";
import type { LiveRoomState } from "./room/roomState.ts";

interface EventChatProps {
  eventId: string;
  /**
   * The webinar page's room: the chat listens to it rather than opening a second connection
   * (null while the page has none). Omitted: the chat joins the event's room itself.
   */
  room?: Room | null;
  /** The room's state as the page knows it (say, "unavailable" when LiveKit is down). */
  roomState?: LiveRoomState;
  className?: string;
}

/** The chat of a webinar or programme session ("Chat", with "Messages in the webinar chat"). */
export function EventChat({ eventId, room, roomState, className }: EventChatProps) {
  const roomProps = room === undefined ? {} : { room, ...(roomState ? { roomState } : {}) };
  return (
    <ChatPanel
      place={{ eventId }}
      {...roomProps}
      {...(className ? { className: `chat-panel chat-panel--event ${className}` } : {})}
    />
  );
}
