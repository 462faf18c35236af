import type { AppRouter } from "@pavilion/api";
import { type ApiServices, appRouter, ClientFacingError, createContext } from "@pavilion/api";
import { pickLocale, type SupportedLocale } from "@pavilion/i18n";
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

export const SESSION_COOKIE = "pavilion_session";

/** The language a request asked for: the page's own choice, else Accept-Language. */
export function requestLocale(request: FastifyRequest): SupportedLocale {
  const chosen = request.headers["x-pavilion-locale"];
  if (chosen === "ru" || chosen === "en") return chosen;
  return pickLocale(request.headers["accept-language"]);
}

function sessionCookie(request: FastifyRequest, reply: FastifyReply, secure: boolean) {
  const options = { path: "/", httpOnly: true, sameSite: "lax" as const, secure };
  return {
    read: () => request.cookies[SESSION_COOKIE] ?? null,
    write: (token: string, expiresAt: Date) => {
      reply.setCookie(SESSION_COOKIE, token, { ...options, expires: expiresAt });
    },
    clear: () => {
      reply.clearCookie(SESSION_COOKIE, options);
    },
  };
}

/** Mounts the tRPC API at /trpc with the session cookie and the request's language. */
export async function registerTrpc(app: FastifyInstance, services: ApiServices, secureCookies: boolean) {
  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: ({ req, res }) =>
        createContext(services, {
          locale: requestLocale(req),
          userAgent: req.headers["user-agent"] ?? null,
          ip: req.ip ?? null,
          cookie: sessionCookie(req, res, secureCookies),
        }),
      onError({ error, path }) {
        if (error.code !== "INTERNAL_SERVER_ERROR") return;
        const original = error.cause instanceof ClientFacingError ? error.cause.original : error;
        app.log.error({ err: original, path }, "procedure failed");
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });
}
