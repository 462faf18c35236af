/** Saves a booth's draft through `floor.moveBooth` or `floor.resizeBooth`, and refreshes every floor plan shown. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC, useTRPCClient } from "../../trpc.ts";
import type { SaveRequest } from "./draft.ts";

export function useSaveDraft() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SaveRequest) =>
      request.kind === "move"
        ? client.floor.moveBooth.mutate(request.input)
        : client.floor.resizeBooth.mutate(request.input),
    // The answer is the floor as it now stands: show it at once, then let every plan (the
    // visitor's floor too) refetch, since a refusal may mean the floor changed meanwhile.
    onSuccess: (plan) => queryClient.setQueryData(trpc.floor.plan.queryKey({ slug: plan.floor.slug }), plan),
    onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.floor.plan.pathKey() }),
  });
}
