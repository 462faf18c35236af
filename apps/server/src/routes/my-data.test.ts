/** Downloading one's own data over real HTTP: everything kept about the person, and nobody else's. */
import type { myDataDownload } from "@pavilion/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCompany, startTestServer, type TestServer } from "../test-server.ts";

let server: TestServer;
let me: { userId: string; cookie: string };
let someoneElse: { userId: string; cookie: string };
let exhibitorId: string;

async function trpc(path: string, input: unknown, cookie: string) {
  const response = await fetch(`${server.base}/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ json: input }),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

beforeAll(async () => {
  server = await startTestServer();
  me = await server.signUp("Me");
  someoneElse = await server.signUp("Someone else");
  ({ exhibitorId } = await insertCompany(server.services));
  const card = {
    ...{ exhibitorId, name: "Моё Имя", company: "Моя фирма", position: "", email: "mine@example.test" },
    ...{ phone: "+7 900 000-00-01", message: "Привет", consent: true },
  };
  await trpc("booth.leaveContacts", card, me.cookie);
  await trpc("visitor.addBookmark", { exhibitorId }, me.cookie);
  await trpc(
    "booth.leaveContacts",
    { ...card, name: "Чужое Имя", email: "other@example.test" },
    someoneElse.cookie,
  );
});

afterAll(() => server.close());

describe("GET /me/data.json", () => {
  it("downloads the person's account, activity, consents, cards, registrations, bookmarks and meetings", async () => {
    const response = await fetch(`${server.base}/me/data.json`, { headers: { cookie: me.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="pavilion-my-data-\d{4}-\d{2}-\d{2}\.json"/,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const data = (await response.json()) as NonNullable<Awaited<ReturnType<typeof myDataDownload>>>;
    expect(data.account).toMatchObject({ id: me.userId, name: "Me" });
    expect(Object.keys(data).sort()).toEqual(
      [
        "account",
        "activity",
        "bookmarks",
        "consents",
        "contactCards",
        "exportedAt",
        "meetings",
        "registrations",
      ].sort(),
    );
    expect(data.contactCards).toEqual([
      expect.objectContaining({
        name: "Моё Имя",
        email: "mine@example.test",
        exhibitor: { ru: "Компания", en: "Company" },
      }),
    ]);
    expect(data.consents).toEqual([
      expect.objectContaining({ exhibitorId, via: "contact", withdrawnAt: null }),
    ]);
    expect(data.activity.map((item) => item.kind)).toEqual(["contact.left"]);
    expect(data.bookmarks).toHaveLength(1);
    expect(data.registrations).toEqual([]);
    expect(data.meetings).toEqual([]);
    expect(JSON.stringify(data)).not.toContain("Чужое Имя");
  });

  it("answers 401 to someone not signed in", async () => {
    const response = await fetch(`${server.base}/me/data.json`, { headers: { "accept-language": "en" } });
    expect(response.status).toBe(401);
    expect(await response.text()).toMatch(/sign in/i);
  });
});
