/**
 * The organisers' heat map on a floor: on with ?heat=1 (the analytics page links so, with its
 * ?from=&to= period), only for organisers (the API refuses anyone else anyway). Gives the colour
 * of every booth for the 3D floor and the visits of each for the 2D plan and the legend.
 */
import type { FloorPlan } from "@pavilion/schema";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { useSession } from "../../auth/session.ts";
import { useTRPC } from "../../trpc.ts";
import { type BoothHeatView, heatByBooth, heatOf, hexToRgb } from "./heatScale.ts";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface FloorHeat {
  /** Whether this person may see the heat map (an organiser). */
  available: boolean;
  on: boolean;
  toggle(): void;
  loading: boolean;
  failed: boolean;
  retry(): void;
  /** Visits by booth id; null while off or loading. */
  byBooth: ReadonlyMap<string, BoothHeatView> | null;
  /** sRGB colours by booth id for the 3D floor; null while off or loading. */
  tints: ReadonlyMap<string, [number, number, number]> | null;
  /** The busiest booth's visits. */
  maxVisits: number;
  period: { from?: string; to?: string };
}

export function useFloorHeat(plan: FloorPlan): FloorHeat {
  const trpc = useTRPC();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const available = session.data?.role === "organiser";
  const on = available && params.get("heat") === "1";
  const fromParam = params.get("from") ?? "";
  const toParam = params.get("to") ?? "";
  const period = useMemo(
    () => ({
      ...(DAY.test(fromParam) ? { from: fromParam } : {}),
      ...(DAY.test(toParam) ? { to: toParam } : {}),
    }),
    [fromParam, toParam],
  );
  const query = useQuery(
    trpc.stats.floorHeat.queryOptions({ floorSlug: plan.floor.slug, ...period }, { enabled: on }),
  );

  const byBooth = useMemo(() => {
    if (!on || !query.data) return null;
    const named = heatByBooth(query.data.booths);
    return new Map(plan.booths.map((b) => [b.id, heatOf(named, b.id)]));
  }, [on, query.data, plan]);
  const tints = useMemo(
    () => (byBooth ? new Map([...byBooth].map(([id, h]) => [id, hexToRgb(h.color)])) : null),
    [byBooth],
  );
  const maxVisits = useMemo(
    () => (byBooth ? Math.max(0, ...[...byBooth.values()].map((h) => h.visits)) : 0),
    [byBooth],
  );

  const toggle = useCallback(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (next.get("heat") === "1") next.delete("heat");
        else next.set("heat", "1");
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  }, [setParams]);

  return {
    available,
    on,
    toggle,
    loading: on && query.isPending,
    failed: on && query.isError,
    retry: () => void query.refetch(),
    byBooth,
    tints,
    maxVisits,
    period,
  };
}
