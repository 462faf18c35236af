/**
 * The booth chat as the cabinet watches it for its staff, on every tab: one connection to the
 * booth's room (the Live tab's chat panel shares it), and what a visitor's new message sets off —
 * the unread count, a toast, "(N)" in the title, a browser notification when allowed.
 */
import { CHAT_TOPIC, type ChatMessage } from "@pavilion/schema";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useSession } from "../../auth/session.ts";
import { newMessagesIn, parseChatPacket } from "../../booth/chat/packets.ts";
import { CHAT_PAGE_SIZE } from "../../booth/chat/useChat.ts";
import { type JoinedRoom, useJoinedRoom } from "../../live/room/useJoinedRoom.ts";
import { useRoomData } from "../../live/room/useRoomData.ts";
import { useTRPC } from "../../trpc.ts";
import { alertPlan, isFromVisitor, messageStart, takeFresh } from "./alerts.ts";
import { notificationPermission } from "./useNotificationPermission.ts";
import { usePageVisible } from "./usePageVisible.ts";
import { useUnreadTitle } from "./useUnreadTitle.ts";

/** How often history is asked for while the room is not connected. */
const POLL_MS = 10_000;

/** The toast about the latest visitor message, and how many more came since it was shown. */
export interface StaffToast {
  id: string;
  name: string;
  text: string;
  more: number;
}

export interface StaffChat {
  room: JoinedRoom;
  unread: number;
  toast: StaffToast | null;
  dismissToast: () => void;
}

/** Watches the booth chat of `exhibitorId` for its staff; `onLiveTab` says the chat is on screen. */
export function useStaffChat(exhibitorId: string, onLiveTab: boolean): StaffChat {
  const { t } = useTranslation("live");
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { data: user } = useSession();
  const selfId = user?.id ?? "";
  const room = useJoinedRoom({ exhibitorId }, Boolean(user));
  const pageVisible = usePageVisible();
  const [unread, setUnread] = useState(0);
  const [toast, setToast] = useState<StaffToast | null>(null);
  const seen = useRef(new Set<string>());
  const primed = useRef(false);
  const where = useRef({ onLiveTab, pageVisible });
  where.current = { onLiveTab, pageVisible };

  const tell = useCallback(
    (messages: readonly ChatMessage[]) => {
      const fresh = takeFresh(seen.current, messages).filter((message) => isFromVisitor(message, selfId));
      const last = fresh.at(-1);
      if (!last) return;
      const plan = alertPlan({ ...where.current, permission: notificationPermission() });
      const text = messageStart(last.body);
      if (plan.unread) setUnread((count) => count + fresh.length);
      if (plan.toast) {
        setToast((shown) => ({
          id: last.id,
          name: last.author.name,
          text,
          more: (shown ? shown.more + 1 : 0) + fresh.length - 1,
        }));
      }
      if (plan.notify) {
        const title = t("cabinet.alerts.notificationTitle", { name: last.author.name });
        notify(title, text, exhibitorId, () => void navigate(`/cabinet/${exhibitorId}/live`));
      }
    },
    [selfId, exhibitorId, navigate, t],
  );

  useRoomData(room.room, CHAT_TOPIC, (payload) => {
    const packet = parseChatPacket(payload, CHAT_TOPIC);
    const arrived = newMessagesIn(packet);
    if (arrived.length > 0) tell(arrived);
  });
  const live = room.state === "connected";
  const history = useQuery(
    trpc.chat.history.queryOptions(
      { exhibitorId, limit: CHAT_PAGE_SIZE },
      { enabled: Boolean(user), staleTime: 0, refetchInterval: live ? false : POLL_MS },
    ),
  );
  useEffect(() => {
    const messages = history.data?.messages;
    if (!messages) return;
    // What was there when the cabinet opened is not news.
    if (!primed.current) {
      primed.current = true;
      takeFresh(seen.current, messages);
      return;
    }
    tell(messages);
  }, [history.data, tell]);

  // The chat is on screen: everything in it counts as read, and the toast has done its job.
  useEffect(() => {
    if (onLiveTab && pageVisible) setUnread(0);
    if (onLiveTab) setToast(null);
  }, [onLiveTab, pageVisible]);
  useUnreadTitle(unread);

  return { room, unread, toast, dismissToast: useCallback(() => setToast(null), []) };
}

/** A browser notification that brings the cabinet's chat to the front when clicked. */
function notify(title: string, body: string, exhibitorId: string, open: () => void): void {
  try {
    const notification = new Notification(title, { body, tag: `pavilion-chat-${exhibitorId}` });
    notification.onclick = () => {
      window.focus();
      open();
      notification.close();
    };
  } catch {
    // Some browsers only notify through a service worker: the toast and the count still tell.
  }
}
