import type { ChatMessage } from "@pavilion/schema";
import { type RefObject, useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useNow } from "../../lib/useNow.ts";
import type { LivePlaceKind } from "../../live/room/place.ts";
import { ChatMessageItem } from "./ChatMessageItem.tsx";
import { isAtBottom, type ListEdges, nextScrollTop } from "./scroll.ts";
import { placeTextKey } from "./texts.ts";

interface ChatMessageListProps {
  messages: readonly ChatMessage[];
  loaded: boolean;
  selfId: string;
  hasOlder: boolean;
  older: { isPending: boolean; isError: boolean };
  onLoadOlder: () => void;
  /** The scrolling log, for focus to land on when the message that had it is deleted. */
  logRef: RefObject<HTMLDivElement | null>;
  onDelete?: (message: ChatMessage) => void;
  onBan?: (message: ChatMessage) => void;
  onMute?: (message: ChatMessage) => void;
  /** The log's name and what it says when empty differ between a booth and an event. */
  kind: LivePlaceKind;
  emptyText?: string | undefined;
}

/**
 * The messages as a live log (screen readers hear new ones), newest at the bottom. It follows
 * new messages only while the reader is at the bottom.
 */
export function ChatMessageList({
  messages,
  loaded,
  selfId,
  hasOlder,
  older,
  onLoadOlder,
  logRef,
  kind,
  emptyText,
  ...moderation
}: ChatMessageListProps) {
  const { t } = useTranslation("booth");
  const now = useNow();
  const atBottom = useRef(true);
  const edges = useRef<ListEdges>({ firstId: undefined, lastId: undefined, height: 0 });

  useLayoutEffect(() => {
    const box = logRef.current;
    if (!box) return;
    const after = { firstId: messages[0]?.id, lastId: messages.at(-1)?.id, height: box.scrollHeight };
    const newestIsOwn = messages.at(-1)?.author.id === selfId;
    const top = nextScrollTop(edges.current, after, box, atBottom.current, newestIsOwn);
    if (top !== null) box.scrollTop = top;
    edges.current = after;
    atBottom.current = isAtBottom(box);
  }, [messages, selfId, logRef]);

  return (
    <div className="chat-log">
      {hasOlder ? (
        <button
          type="button"
          className="button button--ghost button--sm chat-log__older"
          onClick={onLoadOlder}
          disabled={older.isPending}
          aria-busy={older.isPending || undefined}
        >
          {older.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          {older.isPending ? t("chat.loadingOlder") : t("chat.loadOlder")}
        </button>
      ) : null}
      {older.isError ? (
        <p className="field__error" role="alert">
          {t("chat.olderFailed")}
        </p>
      ) : null}
      <div
        ref={logRef}
        className="chat-log__scroll"
        role="log"
        aria-live="polite"
        aria-label={t(placeTextKey(kind, "logLabel"))}
        aria-busy={!loaded || undefined}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it; focus also lands here after a deletion.
        tabIndex={0}
        onScroll={(event) => {
          atBottom.current = isAtBottom(event.currentTarget);
        }}
      >
        {!loaded ? (
          <p className="chat-log__empty">{t("chat.loading")}</p>
        ) : messages.length === 0 ? (
          <p className="chat-log__empty">{emptyText ?? t(placeTextKey(kind, "empty"))}</p>
        ) : (
          <ol className="chat-log__list">
            {messages.map((message) => (
              <ChatMessageItem key={message.id} message={message} selfId={selfId} now={now} {...moderation} />
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
