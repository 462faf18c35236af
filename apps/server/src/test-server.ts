/** The real HTTP server for tests: a fresh SQLite file, real folders for files and uploads, a free port. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  type ApiServices,
  createLocalFileStorage,
  createMailer,
  createTusFileStore,
  createUploadInbox,
  DEFAULT_QUOTA_BYTES,
  defaultUploadLimits,
} from "@pavilion/api";
import { createTestDatabase } from "@pavilion/db/testing";
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";

export interface TestServer {
  app: FastifyInstance;
  /** e.g. http://127.0.0.1:41234 */
  base: string;
  services: ApiServices;
  /** Signs a new person up over HTTP and returns their id and session cookie ("name=value"). */
  signUp(name?: string): Promise<{ userId: string; cookie: string }>;
  close(): Promise<void>;
}

let people = 0;

export interface TestServerOptions {
  /** Runs before the server starts, e.g. to leave old uploads in the inbox. */
  beforeStart?: (services: ApiServices) => Promise<void>;
}

/** Builds and starts the server on a fresh database. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = await createTestDatabase("sqlite");
  const dataDir = await mkdtemp(path.join(tmpdir(), "pavilion-server-test-"));
  const storage = createLocalFileStorage(path.join(dataDir, "files"));
  const tusStore = createTusFileStore(path.join(dataDir, "uploads"));
  const services: ApiServices = {
    db: database.db,
    mailer: createMailer(database.db, { from: "test@pavilion.local" }),
    config: {
      publicUrl: "http://localhost",
      uploads: { limits: { ...defaultUploadLimits }, defaultQuotaBytes: DEFAULT_QUOTA_BYTES },
    },
    now: () => new Date(),
    storage,
    uploads: createUploadInbox(tusStore),
  };
  const app = await buildApp({
    services,
    storage,
    tusStore,
    webDistDir: path.join(dataDir, "no-web-build"),
    secureCookies: false,
    logger: false,
    isReady: () => true,
  });
  await options.beforeStart?.(services);
  const base = await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    app,
    base,
    services,
    async signUp(name = "Anna") {
      people += 1;
      const response = await fetch(`${base}/trpc/auth.signUp`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          json: { name, email: `person${people}@example.test`, password: "long enough", locale: "en" },
        }),
      });
      const body = (await response.json()) as { result: { data: { json: { id: string } } } };
      const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      return { userId: body.result.data.json.id, cookie };
    },
    async close() {
      await app.close();
      await database.destroy();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const T = "2026-11-01T00:00:00.000Z";
let companies = 0;

/** Inserts an exhibitor (with its exhibition and floor on first use) and makes the given people its staff. */
export async function insertCompany(
  services: ApiServices,
  options: { status?: "approved" | "draft"; staff?: string[] } = {},
): Promise<{ exhibitionId: string; exhibitorId: string }> {
  const { db } = services;
  let exhibition = await db.selectFrom("exhibitions").select("id").executeTakeFirst();
  if (!exhibition) {
    exhibition = { id: crypto.randomUUID() };
    await db
      .insertInto("exhibitions")
      .values({
        ...{ id: exhibition.id, slug: "expo", name_ru: "Выставка", name_en: "Expo", tagline_ru: "" },
        ...{ tagline_en: "", starts_on: "2026-11-20", ends_on: "2026-11-30", timezone: "UTC", created_at: T },
      })
      .execute();
    await db
      .insertInto("floors")
      .values({
        ...{ id: "floor-1", exhibition_id: exhibition.id, slug: "food", name_ru: "Еда", name_en: "Food" },
        ...{ position: 0, created_at: T },
      })
      .execute();
  }
  companies += 1;
  const exhibitorId = crypto.randomUUID();
  await db
    .insertInto("exhibitors")
    .values({
      ...{ id: exhibitorId, exhibition_id: exhibition.id, floor_id: "floor-1", slug: `company-${companies}` },
      ...{ name_ru: "Компания", name_en: "Company", description_ru: "", description_en: "", products_ru: "" },
      ...{ products_en: "", tags: "", website: null, contact_email: null, contact_phone: null },
      ...{ logo_file_id: null, color: "#123456", booth_size: "small", status: options.status ?? "approved" },
      ...{ rejection_reason: null, created_at: T, updated_at: T },
    })
    .execute();
  for (const userId of options.staff ?? []) {
    await db
      .insertInto("members")
      .values({ exhibitor_id: exhibitorId, user_id: userId, role: "staff", created_at: T })
      .execute();
  }
  return { exhibitionId: exhibition.id, exhibitorId };
}
