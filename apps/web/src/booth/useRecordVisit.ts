import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useLocation } from "react-router";
import { useSession } from "../auth/session.ts";
import { useTRPC } from "../trpc.ts";
import { visitSourceFor } from "./visitSource.ts";

/**
 * Records a signed-in visitor's visit to a booth page once per history entry,
 * when this page is the one to record it (see visitSource.ts for who records what);
 * never when `enabled` is false (a preview of the booth).
 */
export function useRecordVisit(exhibitorId: string, enabled = true) {
  const location = useLocation();
  const { data: user } = useSession();
  const trpc = useTRPC();
  const { mutate } = useMutation(trpc.visitor.recordBoothVisit.mutationOptions());
  const recorded = useRef<string | null>(null);
  const source = visitSourceFor(location.state);
  const userId = user?.id;
  const entry = `${location.key}:${exhibitorId}`;

  useEffect(() => {
    if (!enabled || !userId || !source || recorded.current === entry) return;
    recorded.current = entry;
    mutate({ exhibitorId, source });
  }, [enabled, userId, source, entry, exhibitorId, mutate]);
}
