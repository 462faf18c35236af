/**
 * Presence from a real LiveKit server (started by the app beside itself) through its real
 * webhooks: a staff member whose browser joins the booth's room shows as "staff online", and a
 * host publishing a camera in the webinar's room makes the booth "live". The rooms are joined
 * with livekit-client in Chromium with a fake camera; everything else is plain API calls.
 */
import { join } from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "../fixtures.ts";

const DEMO_PASSWORD = "pavilion-demo";
const LIVEKIT_CLIENT = join(
  import.meta.dirname,
  "../../apps/web/node_modules/livekit-client/dist/livekit-client.umd.js",
);

type Token = { url: string; token: string; room: string; canPublish: boolean };

async function call<T>(request: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await request.get(`/trpc/${path}${query}`);
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

/** Joins a room from the page with livekit-client, optionally with the fake camera on. */
async function joinRoom(page: Page, token: Token, camera: boolean): Promise<void> {
  await page.evaluate(
    async ({ token, camera }) => {
      const { Room } = (
        window as unknown as {
          LivekitClient: {
            Room: new () => {
              connect(url: string, token: string): Promise<void>;
              localParticipant: { setCameraEnabled(on: boolean): Promise<unknown> };
            };
          };
        }
      ).LivekitClient;
      const room = new Room();
      await room.connect(token.url, token.token);
      if (camera) await room.localParticipant.setCameraEnabled(true);
      (window as unknown as { room: unknown }).room = room;
    },
    { token, camera },
  );
}

async function leave(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await (window as unknown as { room: { disconnect(): Promise<void> } }).room.disconnect();
  });
}

test("staff in the booth's room show as online, and a host on air makes the booth live", async ({
  browser,
  baseURL,
}) => {
  // The page only hosts livekit-client; the app's CSP would refuse the injected script.
  const context = await browser.newContext({ bypassCSP: true, baseURL });
  const page = await context.newPage();
  const response = await page.request.post("/trpc/auth.signIn", {
    data: { json: { email: "staff@demo.pavilion", password: DEMO_PASSWORD } },
  });
  expect(response.status()).toBe(200);
  const me = await call<{ memberships: { exhibitorId: string }[] }>(page.request, "auth.me");
  const exhibitorId = me.memberships[0]?.exhibitorId ?? "";
  const boothPage = () =>
    call<{ name: { en: string }; staffOnline: boolean; live: boolean }>(page.request, "booth.page", {
      exhibitorId,
    });
  await page.goto("/health/live");
  await page.addScriptTag({ path: LIVEKIT_CLIENT });

  expect((await boothPage()).staffOnline).toBe(false);
  const boothToken = await call<Token>(page.request, "live.boothToken", { exhibitorId });
  expect(boothToken.canPublish).toBe(true);
  await joinRoom(page, boothToken, false);
  await expect.poll(async () => (await boothPage()).staffOnline).toBe(true);
  // A visitor's booth page says so under the company's name.
  const visitor = await browser.newPage({ baseURL });
  await visitor.addInitScript(() => window.localStorage.setItem("pavilion.locale", "en"));
  await visitor.goto(`/booths/${exhibitorId}`);
  const now = visitor.getByRole("list", { name: "Now at the booth" });
  await expect(now.getByText("Staff online")).toBeVisible();
  await visitor.close();
  await leave(page);
  await expect.poll(async () => (await boothPage()).staffOnline).toBe(false);

  const before = await boothPage();
  // The demo company has a webinar coming (seeded to start soon after the seed, so maybe after
  // midnight in the exhibition's time zone: found through the company, not "today").
  const { items } = await call<{ items: { id: string; status: string; phase: string; startsAt: string }[] }>(
    page.request,
    "webinar.exhibitorWebinars",
    { exhibitorId },
  );
  const webinar = items
    .filter((item) => item.status === "approved" && item.phase !== "ended")
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  expect(webinar, "the demo company's coming webinar").toBeDefined();
  const eventToken = await call<Token>(page.request, "live.eventToken", { eventId: webinar?.id });
  await joinRoom(page, eventToken, true);
  await expect.poll(async () => (await boothPage()).live).toBe(true);
  await leave(page);
  // Off air, the booth is live again only if its webinar is on by the schedule.
  await expect.poll(async () => (await boothPage()).live).toBe(before.live);
  await context.close();
});
