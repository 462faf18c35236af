/** Puts what an authoring mutation returned into the cache and refreshes the lists that show it. */
import type { EditableEvent } from "@pavilion/schema";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "../trpc.ts";

export function useAuthoringCache() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  /** The event as the API returned it after a change. */
  const applyEvent = useCallback(
    (event: EditableEvent) => {
      queryClient.setQueryData(trpc.authoring.event.queryKey({ eventId: event.id }), event);
      void queryClient.invalidateQueries({ queryKey: trpc.authoring.events.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.authoring.speakers.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.authoring.reviewQueue.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.programme.pathKey() });
    },
    [queryClient, trpc],
  );
  const refreshSpeakers = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: trpc.authoring.speakers.queryKey() });
  }, [queryClient, trpc]);
  const refreshQueue = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: trpc.authoring.reviewQueue.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.authoring.events.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.authoring.event.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.programme.pathKey() });
  }, [queryClient, trpc]);
  return { applyEvent, refreshSpeakers, refreshQueue };
}
