/** The signed-in person, from `auth.me`, and the changes sign-in and sign-out make to it. */
import type { SessionUser } from "@pavilion/schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect } from "react";
import { changeLocale, currentLocale, storedLocale } from "../i18n/i18n.ts";
import { reconcileLocale } from "../i18n/locale.ts";
import { useTRPC } from "../trpc.ts";

/** `data` is the person, null when signed out, undefined while loading. */
export function useSession() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}

/** Call with the person a sign-in returned (or null after sign-out) to update every view at once. */
export function useSetSessionUser() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (user: SessionUser | null) => {
      queryClient.setQueryData(trpc.auth.me.queryKey(), user);
      // What an organiser or a company's team could read must not outlive their session.
      for (const scope of [trpc.admin, trpc.moderation, trpc.cabinet, trpc.booth.myCard]) {
        queryClient.removeQueries({ queryKey: scope.pathKey() });
      }
    },
    [queryClient, trpc],
  );
}

export function useSignOut() {
  const trpc = useTRPC();
  const setUser = useSetSessionUser();
  return useMutation(trpc.auth.signOut.mutationOptions({ onSuccess: () => setUser(null) }));
}

/** Keeps the site's language and the account's in step once someone is signed in. */
export function useLocaleSync(user: SessionUser | null | undefined) {
  const trpc = useTRPC();
  const { mutate } = useMutation(trpc.auth.setLocale.mutationOptions());
  const userId = user?.id;
  const accountLocale = user?.locale;
  useEffect(() => {
    if (!userId || !accountLocale) return;
    const decision = reconcileLocale({
      stored: storedLocale(),
      current: currentLocale(),
      account: accountLocale,
    });
    if (decision.ui) void changeLocale(decision.ui, { remember: false });
    if (decision.account) mutate({ locale: decision.account });
  }, [userId, accountLocale, mutate]);
}
