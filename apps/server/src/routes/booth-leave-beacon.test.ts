/**
 * Time at the booth sent the way a closing tab sends it: navigator.sendBeacon posts superjson's
 * single-call body in a Blob of type application/json (tRPC answers 415 to a text/plain string),
 * with the session cookie, and no other header.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCompany, startTestServer, type TestServer } from "../test-server.ts";

let server: TestServer;
let visitor: { userId: string; cookie: string };
let company: { exhibitionId: string; exhibitorId: string };

beforeAll(async () => {
  server = await startTestServer();
  visitor = await server.signUp("Visitor");
  company = await insertCompany(server.services);
});

afterAll(() => server.close());

/** What the booth page's beacon sends: superjson's single-call body as text. */
const beacon = (body: unknown, cookie?: string) =>
  fetch(`${server.base}/trpc/booth.leave`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ json: body }),
  });

const staysOf = (userId: string) =>
  server.services.db
    .selectFrom("activity")
    .select("data")
    .where("user_id", "=", userId)
    .where("kind", "=", "booth.left")
    .execute();

describe("booth.leave as a beacon", () => {
  it("records the stay from a JSON POST with only the session cookie", async () => {
    const visit = await fetch(`${server.base}/trpc/visitor.recordBoothVisit`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: visitor.cookie },
      body: JSON.stringify({ json: { exhibitorId: company.exhibitorId, source: "link" } }),
    });
    expect(visit.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const response = await beacon({ exhibitorId: company.exhibitorId, seconds: 30 }, visitor.cookie);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { result: { data: { json: { seconds: number } } } };
    expect(answer.result.data.json.seconds).toBeGreaterThanOrEqual(1);
    expect(answer.result.data.json.seconds).toBeLessThan(30);
    expect(await staysOf(visitor.userId)).toEqual([
      { data: JSON.stringify({ seconds: answer.result.data.json.seconds }) },
    ]);
  });

  it("refuses a beacon without a session", async () => {
    const response = await beacon({ exhibitorId: company.exhibitorId, seconds: 30 });
    expect(response.status).toBe(401);
  });
});
