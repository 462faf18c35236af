import type { ChatMessage } from "@pavilion/schema";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n/useLocale.ts";
import { formatDateTime, formatTime } from "../../lib/format.ts";
import { MUTE_MINUTES } from "./mute.ts";
import { sameDay } from "./time.ts";

interface ChatMessageItemProps {
  message: ChatMessage;
  /** The signed-in person's id, to mark their own messages. */
  selfId: string;
  now: Date;
  /** Set for moderators: the message's Delete and Ban buttons call these. */
  onDelete?: (message: ChatMessage) => void;
  onBan?: (message: ChatMessage) => void;
  onMute?: (message: ChatMessage) => void;
}

/** One message: who wrote it (with a badge for the booth's staff), when, the text as text. */
export function ChatMessageItem({ message, selfId, now, onDelete, onBan, onMute }: ChatMessageItemProps) {
  const { t } = useTranslation("booth");
  const locale = useLocale();
  const { author } = message;
  const own = author.id === selfId;
  const time = sameDay(message.createdAt, now)
    ? formatTime(message.createdAt, locale)
    : formatDateTime(message.createdAt, locale);
  // Staff and organisers are not silenced from the chat they moderate.
  const silenceable = !own && author.role === "visitor";
  return (
    <li className={`chat-message${own ? " chat-message--own" : ""}`} data-message-id={message.id}>
      <div className="chat-message__meta">
        <span className="chat-message__author">{author.name}</span>
        {own ? <span className="chat-message__you">({t("chat.you")})</span> : null}
        {author.role !== "visitor" ? (
          <span className={`tag chat-message__badge chat-message__badge--${author.role}`}>
            {t(`chat.badges.${author.role}`)}
          </span>
        ) : null}
        <time className="chat-message__time" dateTime={message.createdAt}>
          {time}
        </time>
      </div>
      <p className="chat-message__body">{message.body}</p>
      {onDelete ? (
        <div className="chat-message__actions">
          <button
            type="button"
            className="chat-message__action"
            aria-label={t("chat.moderation.deleteLabel", { name: author.name })}
            onClick={() => onDelete(message)}
          >
            {t("chat.moderation.delete")}
          </button>
          {onMute && silenceable ? (
            <button
              type="button"
              className="chat-message__action"
              aria-label={t("live:chat.moderation.muteLabel", { name: author.name, minutes: MUTE_MINUTES })}
              onClick={() => onMute(message)}
            >
              {t("live:chat.moderation.mute", { minutes: MUTE_MINUTES })}
            </button>
          ) : null}
          {onBan && silenceable ? (
            <button
              type="button"
              className="chat-message__action"
              aria-label={t("chat.moderation.banLabel", { name: author.name })}
              onClick={() => onBan(message)}
            >
              {t("chat.moderation.ban")}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
