import type { Database } from "@pavilion/db";
import type { SupportedLocale } from "@pavilion/i18n";
import type { SessionUser } from "@pavilion/schema";
import { loadSessionUser } from "./services/auth/accounts.ts";
import { validateSession } from "./services/auth/sessions.ts";
import type { Mailer } from "./services/mail/mailer.ts";

export interface ApiConfig {
  /** Where people reach the app, for links in e-mails, e.g. http://localhost:3000. */
  publicUrl: string;
}

/** What every procedure may use; built once per process. */
export interface ApiServices {
  db: Database;
  mailer: Mailer;
  config: ApiConfig;
  now: () => Date;
}

/** The HTTP layer's handle on the session cookie. */
export interface SessionCookie {
  read(): string | null;
  write(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  services: ApiServices;
  locale: SupportedLocale;
  userAgent: string | null;
  cookie: SessionCookie;
  user: SessionUser | null;
}

export interface RequestInfo {
  locale: SupportedLocale;
  userAgent: string | null;
  cookie: SessionCookie;
}

/** Builds a request's context: who is calling (from the session cookie) and in which language. */
export async function createContext(services: ApiServices, request: RequestInfo): Promise<Context> {
  const token = request.cookie.read();
  let user: SessionUser | null = null;
  if (token) {
    const session = await validateSession(services.db, token, services.now());
    if (session) {
      user = await loadSessionUser(services.db, session.userId);
      if (session.renewedUntil) request.cookie.write(token, session.renewedUntil);
    } else {
      request.cookie.clear();
    }
  }
  return { services, locale: request.locale, userAgent: request.userAgent, cookie: request.cookie, user };
}
