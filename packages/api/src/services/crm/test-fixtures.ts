/**
 * Test helpers for the CRM webhook: a real CRM stand-in over node:http whose answers a test
 * scripts (a status, or hanging without an answer), a port nothing listens on, and a fresh test
 * API per test with an exhibitor, its owner, a visitor and leads written as the rollup would.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createServer as createTcpServer } from "node:net";
import { postgresAvailableForTests, type TestEngine } from "@pavilion/db/testing";
import { afterEach, beforeEach, it } from "vitest";
import { createTestApi, type TestApi, type TestBrowser } from "../../testing/index.ts";
import { newCompany } from "../cabinet/test-fixtures.ts";
import { insertExhibition, type SmallExhibition } from "../floor/test-fixtures.ts";

/** One request the CRM stand-in received. */
export interface ReceivedRequest {
  method: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How the stand-in answers: a status code (with a short body), or "hang" (never answers). */
export type Answer = number | "hang";

export interface Receiver {
  url: string;
  requests: ReceivedRequest[];
  /** Resolves when the stand-in has received `count` requests in all. */
  received(count: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts a CRM stand-in on 127.0.0.1 answering the n-th request with `answers[n]` (the last one after). */
export async function startReceiver(answers: readonly Answer[]): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const answer = answers[Math.min(requests.length, answers.length - 1)] ?? 200;
      requests.push({
        method: request.method ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString(),
      });
      for (const waiter of waiters.filter((w) => requests.length >= w.count)) waiter.resolve();
      if (answer === "hang") hanging.push(response);
      else
        response.writeHead(answer, { "content-type": "text/plain" }).end(answer < 300 ? "ok" : "CRM is down");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/pavilion`,
    requests,
    received: (count) =>
      requests.length >= count
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ count, resolve })),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A loopback port nothing listens on: a CRM that is down. */
export async function closedPortUrl(): Promise<string> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/hooks`;
}

export interface CrmTestApi {
  t: TestApi;
  expo: SmallExhibition;
  owner: TestBrowser & { userId: string };
  exhibitorId: string;
  visitor: TestBrowser & { userId: string };
}

/**
 * A fresh test API per test (deliveries of one test must not be due in the next) with an
 * exhibitor and its owner and a visitor; returns the describe's `it` (skipping PostgreSQL when
 * none is available) and a getter for what the current test has.
 */
export function useCrmTestApi(engine: TestEngine) {
  const skip = engine === "postgres" && !postgresAvailableForTests();
  let current: CrmTestApi | undefined;
  beforeEach(async () => {
    if (skip) return;
    const t = await createTestApi(engine);
    const expo = await insertExhibition(t.db);
    const owner = await t.signedIn({ name: "Olga Owner" });
    const exhibitorId = await newCompany(owner);
    current = { t, expo, owner, exhibitorId, visitor: await t.signedIn({ name: "Vera Visitor" }) };
  });
  afterEach(async () => {
    await current?.t.close();
    current = undefined;
  });
  const get = (): CrmTestApi => {
    if (!current) throw new Error("the CRM test API exists only while a test runs");
    return current;
  };
  return { run: skip ? it.skip : it, get };
}

/** Writes a lead as the rollup makes one (status new, source contact unless told). */
export async function insertLead(
  api: CrmTestApi,
  values: { userId?: string; exhibitorId?: string; warmthBase?: number; assigneeId?: string | null } = {},
): Promise<string> {
  const id = crypto.randomUUID();
  const at = api.t.clock.now.toISOString();
  await api.t.db
    .insertInto("leads")
    .values({
      ...{ id, exhibition_id: api.expo.exhibitionId, exhibitor_id: values.exhibitorId ?? api.exhibitorId },
      ...{ user_id: values.userId ?? api.visitor.userId, source: "contact", status: "new" },
      ...{ assignee_id: values.assigneeId ?? null, warmth_base: values.warmthBase ?? 0 },
      ...{
        first_activity_at: at,
        last_activity_at: at,
        created_at: at,
        updated_at: at,
        status_changed_at: null,
      },
    })
    .execute();
  return id;
}

/** Records the visitor's consent to the exhibitor, and their card when given. */
export async function giveConsent(
  api: CrmTestApi,
  card?: { name: string; company: string; position: string; email: string; phone: string },
): Promise<void> {
  const at = api.t.clock.now.toISOString();
  const { userId } = api.visitor;
  await api.t.db
    .insertInto("consents")
    .values({
      id: crypto.randomUUID(),
      user_id: userId,
      exhibitor_id: api.exhibitorId,
      via: "contact",
      given_at: at,
    })
    .execute();
  if (!card) return;
  await api.t.db
    .insertInto("contact_cards")
    .values({
      ...card,
      ...{ id: crypto.randomUUID(), exhibitor_id: api.exhibitorId, user_id: userId, message: "" },
      ...{ consent_at: at, withdrawn_at: null, created_at: at },
    })
    .execute();
}

/** The exhibitor's deliveries as stored, oldest first. */
export function storedDeliveries(api: CrmTestApi) {
  return api.t.db
    .selectFrom("webhook_deliveries")
    .selectAll()
    .where("exhibitor_id", "=", api.exhibitorId)
    .orderBy("created_at")
    .execute();
}
