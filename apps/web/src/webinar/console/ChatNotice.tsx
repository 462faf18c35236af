/**
 * Tells a host that a visitor wrote in the chat while the chat is out of sight (say, the host
 * scrolled to the viewers): a short toast, read out politely, that goes away by itself.
 */
import type { ChatMessage } from "@pavilion/schema";
import { type Room, RoomEvent } from "livekit-client";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { newMessagesIn, parseChatPacket } from "../../booth/chat/packets.ts";

/** How long a notice stays, in milliseconds. */
const SHOWN_MS = 8_000;
const PREVIEW_LENGTH = 80;

export function ChatNotice({ room, chatVisible }: { room: Room | null; chatVisible: boolean }) {
  const { t } = useTranslation("webinar");
  const [message, setMessage] = useState<ChatMessage | null>(null);

  useEffect(() => {
    if (!room || chatVisible) return undefined;
    const onData = (payload: Uint8Array, _participant: unknown, _kind: unknown, topic?: string) => {
      const fromVisitors = newMessagesIn(parseChatPacket(payload, topic)).filter(
        (message) => message.author.role === "visitor",
      );
      const latest = fromVisitors.at(-1);
      if (latest) setMessage(latest);
    };
    room.on(RoomEvent.DataReceived, onData);
    return () => {
      room.off(RoomEvent.DataReceived, onData);
    };
  }, [room, chatVisible]);

  useEffect(() => {
    if (!message) return undefined;
    const timer = window.setTimeout(() => setMessage(null), SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [message]);

  const visible = message !== null && !chatVisible;
  const text = message
    ? message.body.slice(0, PREVIEW_LENGTH) + (message.body.length > PREVIEW_LENGTH ? "…" : "")
    : "";
  return (
    <div className="webinar-toast-region" aria-live="polite">
      {visible ? (
        <div className="webinar-toast">
          <p>{t("console.newMessage", { name: message.author.name, text })}</p>
          <button
            type="button"
            className="button button--ghost-light button--sm"
            onClick={() => setMessage(null)}
          >
            {t("console.dismiss")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
