/**
 * A booth's chat for the panel: history from the API (older pages on demand, polled while live
 * delivery is down), live packets from the room, and the mutations that send and moderate.
 */

import type { ChatMessage, ChatPacket } from "@pavilion/schema";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useReducer, useState } from "react";
import { appErrorOf } from "../../lib/errors.ts";
import { useTRPC, useTRPCClient } from "../../trpc.ts";
import {
  addMessage,
  applyLatestPage,
  applyOlderPage,
  type ChatLog,
  emptyChatLog,
  removeMessage,
} from "./messages.ts";
import { type BoothRoomState, useBoothRoom } from "./useBoothRoom.ts";

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

/** Everything the chat panel shows and does; `enabled` false (preview, signed out) asks nothing. */
export function useBoothChat(exhibitorId: string, enabled: boolean) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [log, dispatch] = useReducer(reduce, emptyChatLog);
  const [bannedNow, setBannedNow] = useState(false);

  const onPacket = useCallback((packet: ChatPacket) => {
    if (packet.type === "chat.message") dispatch({ type: "add", message: packet.message });
    else dispatch({ type: "remove", id: packet.id });
  }, []);
  const room = useBoothRoom(exhibitorId, { enabled, onPacket });
  const live = room.state === "connected";

  const history = useQuery(
    trpc.chat.history.queryOptions(
      { exhibitorId, limit: CHAT_PAGE_SIZE },
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
    mutationFn: (before: string) => client.chat.history.query({ exhibitorId, before, limit: CHAT_PAGE_SIZE }),
    onSuccess: (page) => dispatch({ type: "older", page: page.messages }),
  });
  const send = useMutation(
    trpc.chat.send.mutationOptions({
      onSuccess: (message) => dispatch({ type: "add", message }),
      onError: (error) => {
        if (appErrorOf(error).code === "chat.banned") setBannedNow(true);
      },
    }),
  );
  const remove = useMutation(
    trpc.chat.delete.mutationOptions({
      onSuccess: (_result, input) => dispatch({ type: "remove", id: input.messageId }),
    }),
  );
  const ban = useMutation(trpc.chat.ban.mutationOptions());

  const oldestId = log.messages[0]?.id;
  return {
    messages: log.messages,
    loaded: log.loaded,
    loadError: history.isError && !log.loaded,
    retryLoad: () => void refetch(),
    hasOlder: log.hasOlder,
    loadOlder: () => oldestId && older.mutate(oldestId),
    older,
    canModerate: latest?.canModerate ?? false,
    banned: bannedNow || (latest?.banned ?? false),
    roomState: room.state satisfies BoothRoomState,
    staffPresent: room.staffPresent,
    send,
    remove,
    ban,
  };
}
