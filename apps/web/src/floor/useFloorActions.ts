/**
 * What the visitor does with booths on the floor: fly to one (and choose it), and
 * enter one (recording the visit when signed in, keeping the camera in the URL).
 */
import type { FloorLayout } from "@pavilion/floor";
import { type ViewStore, viewpointOf } from "@pavilion/floor/react";
import type { FloorPlan } from "@pavilion/schema";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { useSession } from "../auth/session.ts";
import { useTRPC } from "../trpc.ts";

export type EnterFrom = "floor" | "plan" | "search";

/** A chosen booth stays chosen until the visitor walks this far from it. */
const LEAVE_METRES = 14;

export function useFloorActions(plan: FloorPlan, layout: FloorLayout, view: ViewStore, flushUrl: () => void) {
  const navigate = useNavigate();
  const trpc = useTRPC();
  const { data: user } = useSession();
  const { mutate: record } = useMutation(trpc.visitor.recordBoothVisit.mutationOptions());
  const [chosenId, setChosenId] = useState<string | null>(null);

  const enter = useCallback(
    (boothId: string, from: EnterFrom) => {
      const booth = plan.booths.find((b) => b.id === boothId);
      if (!booth) return;
      flushUrl();
      // The booth page records plan visits itself (see booth/visitSource.ts).
      if (user && from !== "plan") record({ exhibitorId: booth.exhibitorId, source: from });
      navigate(`/booths/${encodeURIComponent(booth.exhibitorId)}`, { state: { from } });
    },
    [plan, user, record, navigate, flushUrl],
  );

  const flyTo = useCallback(
    (boothId: string) => {
      const booth = layout.booths.find((b) => b.id === boothId);
      if (!booth) return;
      setChosenId(boothId);
      view.setMode("walk");
      view.flyTo(viewpointOf(layout, booth));
    },
    [layout, view],
  );

  useEffect(() => {
    if (!chosenId) return;
    const booth = layout.booths.find((b) => b.id === chosenId);
    if (!booth) return;
    return view.subscribe((v) => {
      if (view.motion.fly) return;
      const far = Math.hypot(v.x - booth.entrance.x, v.z - booth.entrance.z) > LEAVE_METRES;
      if (far) setChosenId(null);
    });
  }, [chosenId, layout, view]);

  return { chosenId, setChosenId, enter, flyTo };
}
