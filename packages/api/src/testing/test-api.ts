/**
 * A fresh migrated database, the real services and callers that behave like browsers
 * (each keeps its own session cookie), for API tests.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Database } from "@pavilion/db";
import { createTestDatabase } from "@pavilion/db/testing";
import type { SupportedLocale } from "@pavilion/i18n";
import type { ApiServices, SessionCookie } from "../context.ts";
import { createContext } from "../context.ts";
import { createCaller } from "../root.ts";
import { createMailer } from "../services/mail/mailer.ts";
import { createLocalFileStorage } from "../storage/local.ts";
import { createTusFileStore, createUploadInbox } from "../uploads/inbox.ts";
import { DEFAULT_QUOTA_BYTES, defaultUploadLimits } from "../uploads/limits.ts";
import { type SmtpCapture, startSmtpCapture } from "./smtp-capture.ts";

export interface TestBrowser {
  /** Calls procedures as this browser, sending its cookie. */
  api: ReturnType<typeof createCaller>;
  cookie: () => string | null;
}

export interface TestApi {
  db: Database;
  services: ApiServices;
  smtp: SmtpCapture;
  clock: { now: Date; advance(ms: number): void };
  /** A new browser with an empty cookie jar, speaking `locale`. */
  browser(locale?: SupportedLocale): TestBrowser;
  /** Signs a fresh browser up as a visitor (optionally promoted to organiser). */
  signedIn(options?: {
    role?: "visitor" | "organiser";
    name?: string;
  }): Promise<TestBrowser & { userId: string }>;
  close(): Promise<void>;
}

let counter = 0;

/** Builds the test API on a fresh database of the given engine. */
export async function createTestApi(engine: "sqlite" | "postgres" = "sqlite"): Promise<TestApi> {
  const { db, destroy } = await createTestDatabase(engine);
  const smtp = await startSmtpCapture();
  // Real folders for kept files and the upload inbox, removed on close.
  const dataDir = await mkdtemp(path.join(tmpdir(), "pavilion-api-test-"));
  const clock = {
    now: new Date("2026-11-23T09:00:00.000Z"),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const services: ApiServices = {
    db,
    mailer: createMailer(db, {
      smtpUrl: smtp.url,
      from: "Pavilion <test@pavilion.local>",
      now: () => clock.now,
    }),
    config: {
      publicUrl: "http://pavilion.test",
      uploads: { limits: { ...defaultUploadLimits }, defaultQuotaBytes: DEFAULT_QUOTA_BYTES },
    },
    now: () => clock.now,
    storage: createLocalFileStorage(path.join(dataDir, "files")),
    uploads: createUploadInbox(createTusFileStore(path.join(dataDir, "uploads"))),
  };

  function browser(locale: SupportedLocale = "en"): TestBrowser {
    let token: string | null = null;
    const cookie: SessionCookie = {
      read: () => token,
      write: (value) => {
        token = value;
      },
      clear: () => {
        token = null;
      },
    };
    const api = createCaller(() =>
      createContext(services, { locale, userAgent: "vitest", ip: null, cookie }),
    );
    return { api, cookie: () => token };
  }

  return {
    db,
    services,
    smtp,
    clock,
    browser,
    async signedIn(options = {}) {
      const b = browser();
      counter += 1;
      const email = `person${counter}-${crypto.randomUUID().slice(0, 8)}@example.test`;
      const user = await b.api.auth.signUp({
        name: options.name ?? `Person ${counter}`,
        email,
        password: "correct horse battery",
        locale: "en",
      });
      if (options.role === "organiser") {
        await db.updateTable("users").set({ role: "organiser" }).where("id", "=", user.id).execute();
      }
      return { ...b, userId: user.id };
    },
    async close() {
      await smtp.stop();
      await destroy();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
