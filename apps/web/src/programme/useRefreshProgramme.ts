import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "../trpc.ts";

/** After a registration changes: the schedule's seats and badges, the event page and my agenda are stale. */
export function useRefreshProgramme(): () => void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: trpc.programme.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.registration.formState.pathKey() });
  }, [queryClient, trpc]);
}
