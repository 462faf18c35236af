import type { ChatMessage, SessionUser } from "@pavilion/schema";
import { type ReactNode, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadError } from "../../components/states.tsx";
import { useNow } from "../../lib/useNow.ts";
import { type LivePlace, placeKind } from "../../live/room/place.ts";
import { ChatComposer } from "./ChatComposer.tsx";
import { ChatMessageList } from "./ChatMessageList.tsx";
import { ChatModeration, type PendingModeration } from "./ChatModeration.tsx";
import { ChatStatus } from "./ChatStatus.tsx";
import { minutesLeft } from "./mute.ts";
import { placeTextKey } from "./texts.ts";
import { type ChatRoomOptions, useChat } from "./useChat.ts";

interface ChatConversationProps extends Omit<ChatRoomOptions, "enabled"> {
  place: LivePlace;
  self: SessionUser;
  staffOnline: boolean;
  header: (staffOnline: boolean) => ReactNode;
  emptyText?: string | undefined;
}

/** The signed-in chat: the room's state, the messages, the composer, and moderation for staff. */
export function ChatConversation({
  place,
  self,
  staffOnline,
  header,
  emptyText,
  ...room
}: ChatConversationProps) {
  const { t } = useTranslation("booth");
  const kind = placeKind(place);
  const chat = useChat(place, { enabled: true, ...room });
  const logRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<PendingModeration>(null);
  const [done, setDone] = useState<string | null>(null);
  // The countdown of a mute moves on by the minute: render again every 15 s, and count from the
  // present moment (a tick's time may be 15 s old and would show a minute too many).
  useNow(15_000);
  const mutedFor = minutesLeft(chat.mutedUntil, new Date());
  const moderate = chat.canModerate
    ? {
        onDelete: (message: ChatMessage) => setPending({ kind: "delete", message }),
        onBan: (message: ChatMessage) => setPending({ kind: "ban", message }),
        onMute: (message: ChatMessage) => setPending({ kind: "mute", message }),
      }
    : {};
  const disabledReason = chat.banned
    ? t(placeTextKey(kind, "banned"))
    : mutedFor > 0
      ? t("live:chat.muted", { minutes: mutedFor })
      : undefined;

  return (
    <>
      {header(chat.staffPresent ?? staffOnline)}
      <ChatStatus state={chat.roomState} />
      {chat.loadError ? (
        <LoadError onRetry={chat.retryLoad} />
      ) : (
        <ChatMessageList
          messages={chat.messages}
          loaded={chat.loaded}
          selfId={self.id}
          hasOlder={chat.hasOlder}
          older={chat.older}
          onLoadOlder={chat.loadOlder}
          logRef={logRef}
          kind={kind}
          emptyText={emptyText}
          {...moderate}
        />
      )}
      <p className="chat-panel__done" role="status">
        {done}
      </p>
      <ChatComposer onSend={chat.send} pending={chat.sending} disabledReason={disabledReason} kind={kind} />
      {chat.canModerate ? (
        <ChatModeration
          pending={pending}
          onClose={() => setPending(null)}
          remove={chat.remove}
          ban={chat.ban}
          mute={chat.mute}
          place={chat.input}
          kind={kind}
          logRef={logRef}
          onDone={setDone}
        />
      ) : null}
    </>
  );
}
