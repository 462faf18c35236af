import type { ChatMessage, SessionUser } from "@pavilion/schema";
import { type ReactNode, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadError } from "../../components/states.tsx";
import { ChatComposer } from "./ChatComposer.tsx";
import { ChatMessageList } from "./ChatMessageList.tsx";
import { ChatModeration, type PendingModeration } from "./ChatModeration.tsx";
import { ChatStatus } from "./ChatStatus.tsx";
import { useBoothChat } from "./useBoothChat.ts";

interface ChatConversationProps {
  exhibitorId: string;
  self: SessionUser;
  staffOnline: boolean;
  header: (staffOnline: boolean) => ReactNode;
}

/** The signed-in chat: the room's state, the messages, the composer, and moderation for staff. */
export function ChatConversation({ exhibitorId, self, staffOnline, header }: ChatConversationProps) {
  const { t } = useTranslation("booth");
  const chat = useBoothChat(exhibitorId, true);
  const logRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<PendingModeration>(null);
  const [bannedName, setBannedName] = useState<string | null>(null);
  const moderate = chat.canModerate
    ? {
        onDelete: (message: ChatMessage) => setPending({ kind: "delete", message }),
        onBan: (message: ChatMessage) => setPending({ kind: "ban", message }),
      }
    : {};

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
          {...moderate}
        />
      )}
      <p className="chat-panel__done" role="status">
        {bannedName ? t("chat.moderation.banned", { name: bannedName }) : null}
      </p>
      <ChatComposer
        onSend={(body) => chat.send.mutateAsync({ exhibitorId, body })}
        pending={chat.send.isPending}
        disabledReason={chat.banned ? t("chat.banned") : undefined}
      />
      {chat.canModerate ? (
        <ChatModeration
          pending={pending}
          onClose={() => setPending(null)}
          remove={chat.remove}
          ban={chat.ban}
          exhibitorId={exhibitorId}
          logRef={logRef}
          onBanned={setBannedName}
        />
      ) : null}
    </>
  );
}
