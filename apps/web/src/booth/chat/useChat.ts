/**
 * A booth's or an event's chat for the panel: history from the API (older pages on demand, polled
 * while live delivery is down), live packets from the room, and the mutations that send and moderate.
 */

import { CHAT_TOPIC, type ChatMessage } from "@pavilion/schema";
import { useMutation, useQuery } from "@tanstack/react-query";
import type { Room } from "livekit-client";
import { useCallback, useEffect, useReducer, useState } from "react";
import { appErrorOf } from "../../lib/errors.ts";
import { type LivePlace, placeInput } from "../../live/room/place.ts";
import type { LiveRoomState } from "../../live/room/roomState.ts";
import { useAttachedRoom } from "../../live/room/useAttachedRoom.ts";
import { useJoinedRoom } from "../../live/room/useJoinedRoom.ts";
import { useRoomData } from "../../live/room/useRoomData.ts";
import { useTRPC, useTRPCClient } from "../../trpc.ts";
import {
  addMessage,
  applyLatestPage,
  applyOlderPage,
  type ChatLog,
  emptyChatLog,
  removeMessage,
} from "./messages.ts";
import { laterOf, mutedUntilFrom } from "./mute.ts";
import { newMessagesIn, parseChatPacket } from "./packets.ts";

/** Messages per history page. */
export const CHAT_PAGE_SIZE = 50;
/** How often history is asked for while messages cannot arrive live. */
const POLL_MS = 10_000;

type LogAction =
  | { type: "latest"; page: readonly ChatMessage[] }
  | { type: "older"; page: readonly ChatMessage[] }
  | { type: "add"; message: ChatMessage }
  | { type: "remove"; id: string };

function reduce(log: ChatLog, action: LogAction): ChatLog {
  switch (action.type) {
    case "latest":
      return applyLatestPage(log, action.page, CHAT_PAGE_SIZE);
    case "older":
      return applyOlderPage(log, action.page, CHAT_PAGE_SIZE);
    case "add":
      return addMessage(log, action.message);
    case "remove":
      return removeMessage(log, action.id);
    default: {
      const never: never = action;
      return never;
    }
  }
}

export interface ChatRoomOptions {
  /** False (preview, signed out) asks nothing and joins nothing. */
  enabled: boolean;
  /**
   * A room the page already holds (the webinar page's): the chat listens to it instead of joining
   * a second time; null while the page has none. Omitted: the chat joins the place's room itself.
   */
  room?: Room | null;
  /** The given room's state as its owner knows it (say, "unavailable"); read from the room when omitted. */
  roomState?: LiveRoomState;
}

/** The live room the chat hears: the given one, or one it joins itself. */
function useChatRoom(place: LivePlace, { enabled, room, roomState }: ChatRoomOptions) {
  const given = room !== undefined;
  const joined = useJoinedRoom(place, enabled && !given);
  const attached = useAttachedRoom(given && enabled ? room : null);
  if (!given) return joined;
  return {
    room: enabled ? room : null,
    state: roomState ?? attached.state,
    staffPresent: attached.staffPresent,
  };
}

/** Everything the chat panel shows and does. */
export function useChat(place: LivePlace, options: ChatRoomOptions) {
  const { enabled } = options;
  const trpc = useTRPC();
  const client = useTRPCClient();
  const input = placeInput(place);
  const [log, dispatch] = useReducer(reduce, emptyChatLog);
  const [bannedNow, setBannedNow] = useState(false);
  // A mute learned from a refused send, and when: history fetched after that knows better.
  const [mutedNow, setMutedNow] = useState<{ until: string | null; at: number } | null>(null);

  const room = useChatRoom(place, options);
  useRoomData(room.room, CHAT_TOPIC, (payload) => {
    const packet = parseChatPacket(payload, CHAT_TOPIC);
    if (packet?.type === "chat.deleted") dispatch({ type: "remove", id: packet.id });
    for (const message of newMessagesIn(packet)) dispatch({ type: "add", message });
  });
  const live = room.state === "connected";

  const history = useQuery(
    trpc.chat.history.queryOptions(
      { ...input, limit: CHAT_PAGE_SIZE },
      { enabled, staleTime: 0, refetchInterval: enabled && !live ? POLL_MS : false },
    ),
  );
  const { data: latest, refetch } = history;
  useEffect(() => {
    if (latest) dispatch({ type: "latest", page: latest.messages });
  }, [latest]);
  // Whatever was said while we were (re)joining the room came before our first packet.
  useEffect(() => {
    if (live) void refetch();
  }, [live, refetch]);

  const older = useMutation({
    mutationFn: (before: string) => client.chat.history.query({ ...input, before, limit: CHAT_PAGE_SIZE }),
    onSuccess: (page) => dispatch({ type: "older", page: page.messages }),
  });
  const refused = useCallback(
    (error: unknown) => {
      const info = appErrorOf(error);
      if (info.code === "chat.banned") setBannedNow(true);
      if (info.code === "chat.muted") {
        // The error names whole minutes; the history knows the exact end.
        setMutedNow({ until: mutedUntilFrom(info.params?.minutes, new Date()), at: Date.now() });
        void refetch();
      }
    },
    [refetch],
  );
  const send = useMutation(
    trpc.chat.send.mutationOptions({
      onSuccess: (message) => dispatch({ type: "add", message }),
      onError: refused,
    }),
  );
  const remove = useMutation(
    trpc.chat.delete.mutationOptions({
      onSuccess: (_result, removed) => dispatch({ type: "remove", id: removed.messageId }),
    }),
  );
  const ban = useMutation(trpc.chat.ban.mutationOptions());
  const mute = useMutation(trpc.chat.mute.mutationOptions());

  const oldestId = log.messages[0]?.id;
  return {
    input,
    messages: log.messages,
    loaded: log.loaded,
    loadError: history.isError && !log.loaded,
    retryLoad: () => void refetch(),
    hasOlder: log.hasOlder,
    loadOlder: () => oldestId && older.mutate(oldestId),
    older,
    canModerate: latest?.canModerate ?? false,
    banned: bannedNow || (latest?.banned ?? false),
    /** Until when the caller may not write (ISO), or null; may lie in the past (then it is over). */
    mutedUntil:
      mutedNow && history.dataUpdatedAt <= mutedNow.at
        ? laterOf(mutedNow.until, latest?.mutedUntil ?? null)
        : (latest?.mutedUntil ?? null),
    roomState: room.state,
    staffPresent: room.staffPresent,
    send: (body: string) => send.mutateAsync({ ...input, body }),
    sending: send.isPending,
    remove,
    ban,
    mute,
  };
}
