/**
 * An event's Q&A queue for the panel: the list from the API, fetched again whenever the event's
 * room says it changed (or every 10 s while there is no connected room), and the mutations.
 */
import { QA_TOPIC } from "@pavilion/schema";
import { useMutation, useQuery } from "@tanstack/react-query";
import type { Room } from "livekit-client";
import { useEffect } from "react";
import { useTRPC } from "../../trpc.ts";
import { useAttachedRoom } from "../room/useAttachedRoom.ts";
import { useRoomData } from "../room/useRoomData.ts";
import { parseQaPacket } from "./questions.ts";

/** How often the queue is asked for while no room tells of changes. */
const POLL_MS = 10_000;

export function useQa(eventId: string, room: Room | null) {
  const trpc = useTRPC();
  const live = useAttachedRoom(room).state === "connected";
  const list = useQuery(
    trpc.qa.list.queryOptions({ eventId }, { staleTime: 0, refetchInterval: live ? false : POLL_MS }),
  );
  const { refetch } = list;
  useRoomData(room, QA_TOPIC, (payload) => {
    if (parseQaPacket(payload)) void refetch();
  });
  // Whatever changed while the room was (re)connecting came before its first packet.
  useEffect(() => {
    if (live) void refetch();
  }, [live, refetch]);

  const changed = { onSuccess: () => void refetch() };
  const ask = useMutation(trpc.qa.ask.mutationOptions(changed));
  const moderate = useMutation(trpc.qa.moderate.mutationOptions(changed));
  const vote = useMutation(trpc.qa.vote.mutationOptions(changed));
  return { list, ask, moderate, vote };
}
