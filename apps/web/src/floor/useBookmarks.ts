/** The signed-in visitor's bookmarks (the booths of "my route"), and toggling one. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { useSession } from "../auth/session.ts";
import { useTRPC } from "../trpc.ts";

export interface Bookmarks {
  signedIn: boolean;
  /** Exhibitor ids. */
  ids: ReadonlySet<string>;
  toggle(exhibitorId: string): void;
  pending: boolean;
}

export function useBookmarks(): Bookmarks {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: user } = useSession();
  const signedIn = Boolean(user);
  const list = useQuery(trpc.visitor.bookmarks.queryOptions(undefined, { enabled: signedIn }));
  const key = trpc.visitor.bookmarks.queryKey();
  const onSuccess = (data: { exhibitorId: string; floorSlug: string; createdAt: string }[]) =>
    queryClient.setQueryData(key, data);
  const add = useMutation(trpc.visitor.addBookmark.mutationOptions({ onSuccess }));
  const remove = useMutation(trpc.visitor.removeBookmark.mutationOptions({ onSuccess }));
  const ids = useMemo(
    () => new Set((signedIn ? list.data : undefined)?.map((b) => b.exhibitorId) ?? []),
    [signedIn, list.data],
  );
  const { mutate: addOne } = add;
  const { mutate: removeOne } = remove;
  const toggle = useCallback(
    (exhibitorId: string) => (ids.has(exhibitorId) ? removeOne({ exhibitorId }) : addOne({ exhibitorId })),
    [ids, addOne, removeOne],
  );
  return { signedIn, ids, toggle, pending: add.isPending || remove.isPending };
}
