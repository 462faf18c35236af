/**
 * The API client: tRPC over HTTP on this origin (session cookies are HttpOnly and
 * set by the server), wired into TanStack Query. Only the router's type crosses
 * from the server code.
 */
import type { AppRouter } from "@pavilion/api";
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import superjson from "superjson";
import { currentLocale } from "./i18n/i18n.ts";
import { httpStatusOf } from "./lib/errors.ts";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: "/trpc",
      transformer: superjson,
      // The server words its messages and e-mails in the language the visitor reads.
      headers: () => ({ "x-pavilion-locale": currentLocale() }),
      fetch: (url, options) => fetch(url, { ...options, credentials: "include" }),
    }),
  ],
});

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Retry what may pass next time (network, 5xx); a 4xx answer will not change.
      retry: (failures, error) => {
        const status = httpStatusOf(error);
        return failures < 2 && (status === undefined || status >= 500);
      },
    },
  },
});
