/** Who sent a plain HTTP request (uploads, downloads): the session cookie, checked like tRPC does. */
import { type ApiServices, loadSessionUser, validateSession } from "@pavilion/api";
import type { SessionUser } from "@pavilion/schema";
import type { FastifyRequest } from "fastify";
import { SESSION_COOKIE } from "./trpc.ts";

/** The signed-in person, or null for a missing, unknown or expired session. */
export async function sessionUserOf(
  services: ApiServices,
  request: FastifyRequest,
): Promise<SessionUser | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  const session = await validateSession(services.db, token, services.now());
  return session ? loadSessionUser(services.db, session.userId) : null;
}
