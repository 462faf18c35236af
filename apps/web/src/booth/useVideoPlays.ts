import { useMutation } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useLocation } from "react-router";
import { useTRPC } from "../trpc.ts";
import { createPlayOnce, playKey } from "./videoPlays.ts";

/**
 * A `play` handler for the booth's videos: records a signed-in visitor's first play
 * of each video per page view (history entry); does nothing when `enabled` is false
 * (signed out, or a preview where no activity is recorded).
 */
export function useVideoPlays(exhibitorId: string, enabled: boolean): (materialId?: string) => void {
  const trpc = useTRPC();
  const { mutate } = useMutation(trpc.booth.recordVideoPlay.mutationOptions());
  const location = useLocation();
  const [plays] = useState(createPlayOnce);
  const pageView = location.key;
  return useCallback(
    (materialId?: string) => {
      if (!enabled || !plays.first(playKey(pageView, exhibitorId, materialId))) return;
      mutate(materialId ? { exhibitorId, materialId } : { exhibitorId });
    },
    [enabled, plays, pageView, exhibitorId, mutate],
  );
}
