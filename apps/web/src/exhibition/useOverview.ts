import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc.ts";

/** The exhibition, its floors and today's events; shared by the header, home and lists. */
export function useOverview() {
  const trpc = useTRPC();
  return useQuery(trpc.exhibition.overview.queryOptions(undefined, { staleTime: 60_000 }));
}
