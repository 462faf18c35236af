/**
 * "My route" as the visitor walks: planned from where they stand whenever the
 * bookmarks change (or on "replan"), with the stops reached and the metres to the
 * next one updated from the view store (state changes only when those change).
 */
import { type FloorLayout, nextStop } from "@pavilion/floor";
import type { ViewStore } from "@pavilion/floor/react";
import type { FloorPlan } from "@pavilion/schema";
import { useCallback, useEffect, useMemo, useState } from "react";
import { type MyRoute, myRoute, stopsReached } from "./myRoute.ts";

export interface FloorRoute {
  mine: MyRoute | null;
  reached: number;
  remaining: number | null;
  replan(): void;
}

export function useFloorRoute(
  plan: FloorPlan,
  layout: FloorLayout,
  ids: ReadonlySet<string>,
  view: ViewStore,
): FloorRoute {
  const here = useCallback(() => ({ x: view.get().x, z: view.get().z }), [view]);
  const [planned, setPlanned] = useState(() => ({ ids, start: here() }));
  // New bookmarks: plan again from where the visitor stands now.
  if (planned.ids !== ids) setPlanned({ ids, start: here() });
  const replan = useCallback(() => setPlanned({ ids, start: here() }), [ids, here]);
  const start = planned.start;
  const mine = useMemo(() => myRoute(plan, layout, ids, start), [plan, layout, ids, start]);
  const [progress, setProgress] = useState({ reached: 0, remaining: null as number | null });

  useEffect(() => {
    let reached = 0;
    const update = () => {
      if (!mine) return setProgress({ reached: 0, remaining: null });
      const at = view.get();
      reached = stopsReached(mine.route, at, reached);
      const next = nextStop(mine.route, at, reached);
      const remaining = next ? Math.round(next.remaining) : null;
      setProgress((p) => (p.reached === reached && p.remaining === remaining ? p : { reached, remaining }));
    };
    update();
    return view.subscribe(update);
  }, [mine, view]);
  return { mine, reached: progress.reached, remaining: progress.remaining, replan };
}
