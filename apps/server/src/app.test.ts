/** The real HTTP server on a real SQLite file: cookies, translated errors, health, metrics, files. */
import { storeFile } from "@pavilion/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./test-server.ts";

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startTestServer();
  base = server.base;
});

afterAll(() => server.close());

async function trpc(procedure: string, input: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/trpc/${procedure}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ json: input }),
  });
  return {
    response,
    body: (await response.json()) as { error?: { json: { message: string; data: unknown } } },
  };
}

describe("the HTTP server", () => {
  it("answers health and readiness", async () => {
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
  });

  it("sets the session cookie HttpOnly and SameSite on sign-up", async () => {
    const { response } = await trpc("auth.signUp", {
      name: "Ivan",
      email: "ivan@example.test",
      password: "long enough",
      locale: "ru",
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^pavilion_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("explains a bad request in the language the page asked for, naming the field", async () => {
    const ru = await trpc("auth.signIn", { email: "nope", password: "x" }, { "x-pavilion-locale": "ru" });
    expect(ru.response.status).toBe(400);
    expect(ru.body.error?.json.message).toContain("E-mail: введите адрес вида name@example.com.");
    expect(ru.body.error?.json.data).toMatchObject({
      app: { code: "validation.invalid", fields: { email: {} } },
    });
    const en = await trpc("auth.signIn", { email: "nope", password: "x" }, { "accept-language": "en-GB,en" });
    expect(en.body.error?.json.message).toContain("E-mail: enter an e-mail address like name@example.com.");
  });

  it("refuses an organiser-only procedure without a session, with 401 and a translated message", async () => {
    const response = await fetch(`${base}/trpc/admin.outbox`, { headers: { "x-pavilion-locale": "en" } });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { json: { message: string } } };
    expect(body.error.json.message).toBe("Please sign in to continue.");
  });

  it("serves a stored file with its type, nosniff and long caching; unknown ids are 404", async () => {
    const png = Buffer.from(
      "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
      "hex",
    );
    const { db, storage } = server.services;
    const { id } = await storeFile(db, storage, png, "image/png", new Date());
    const response = await fetch(`${base}/files/${id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);
    expect((await fetch(`${base}/files/${"0".repeat(64)}`)).status).toBe(404);
    expect((await fetch(`${base}/files/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });

  it("exposes Prometheus metrics", async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain("pavilion_http_request_duration_seconds_bucket");
    expect(text).toContain("pavilion_process_cpu_seconds_total");
  });
});
