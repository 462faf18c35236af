import type { Database } from "@pavilion/db";
import type { SupportedLocale } from "@pavilion/i18n";
import type { EgressOutput, LiveKitConfig } from "@pavilion/livekit";
import type { SessionUser } from "@pavilion/schema";
import { loadSessionUser } from "./services/auth/accounts.ts";
import { validateSession } from "./services/auth/sessions.ts";
import type { Mailer } from "./services/mail/mailer.ts";
import type { FileStorage } from "./storage/file-storage.ts";
import type { UploadInbox } from "./uploads/inbox.ts";
import type { UploadLimits } from "./uploads/limits.ts";

export interface ApiConfig {
  /** Where people reach the app, for links in e-mails, e.g. http://localhost:3000. */
  publicUrl: string;
  uploads: {
    /** Largest accepted file per kind, in bytes. */
    limits: UploadLimits;
    /** Storage each exhibitor may use unless its row overrides it, in bytes. */
    defaultQuotaBytes: number;
  };
}

/** What every procedure may use; built once per process. */
export interface ApiServices {
  db: Database;
  mailer: Mailer;
  config: ApiConfig;
  now: () => Date;
  /** Where kept files live (content-addressed). */
  storage: FileStorage;
  /** Where resumable uploads land before the API checks and keeps them. */
  uploads: UploadInbox;
  /** The LiveKit server tokens are minted for and webhooks are signed by; absent or null: live is off. */
  livekit?: LiveKitConfig | null;
  /** Where LiveKit Egress writes recordings started from the console; absent or null: recording from the console is off. */
  egress?: EgressOutput | null;
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
  /** The caller's address as the HTTP layer saw it (behind a trusted proxy: the client's). */
  ip: string | null;
  cookie: SessionCookie;
  user: SessionUser | null;
}

export interface RequestInfo {
  locale: SupportedLocale;
  userAgent: string | null;
  ip: string | null;
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
  return {
    ...{ services, locale: request.locale, userAgent: request.userAgent, ip: request.ip },
    ...{ cookie: request.cookie, user },
  };
}
