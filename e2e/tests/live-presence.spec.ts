/**
 * Presence from a real LiveKit server (started by the app beside itself) through its real
 * webhooks: a staff member whose browser joins the booth's room shows as "staff online", and a
 * host publishing a camera in the webinar's room makes the booth "live". The rooms are joined
 * with livekit-client in Chromium with a fake camera; everything else is plain API calls.
 */
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures.ts";
import { comingWebinarOf, openEnglishPage, signInAsDemoStaff } from "../support/people.ts";
import { trpcQuery } from "../support/trpc.ts";

const LIVEKIT_CLIENT = join(
  import.meta.dirname,
  "../../apps/web/node_modules/livekit-client/dist/livekit-client.umd.js",
);

type Token = { url: string; token: string; room: string; canPublish: boolean };

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
  const page = await openEnglishPage(browser, baseURL, { bypassCSP: true });
  const { exhibitorId } = await signInAsDemoStaff(page.request);
  const boothPage = () =>
    trpcQuery<{ name: { en: string }; staffOnline: boolean; live: boolean }>(page.request, "booth.page", {
      exhibitorId,
    });
  await page.goto("/health/live");
  await page.addScriptTag({ path: LIVEKIT_CLIENT });

  // Nobody of the company in its room yet. An earlier spec's cabinet page (which keeps the
  // booth's room open) may have closed without saying goodbye: LiveKit then notices it gone after
  // its departure timeout, and the leave webhook clears the presence.
  await expect.poll(async () => (await boothPage()).staffOnline, { timeout: 45_000 }).toBe(false);
  const boothToken = await trpcQuery<Token>(page.request, "live.boothToken", { exhibitorId });
  expect(boothToken.canPublish).toBe(true);
  await joinRoom(page, boothToken, false);
  await expect.poll(async () => (await boothPage()).staffOnline).toBe(true);
  // A visitor's booth page says so under the company's name.
  const visitor = await openEnglishPage(browser, baseURL);
  await visitor.goto(`/booths/${exhibitorId}`);
  const now = visitor.getByRole("list", { name: "Now at the booth" });
  await expect(now.getByText("Staff online")).toBeVisible();
  await visitor.context().close();
  await leave(page);
  await expect.poll(async () => (await boothPage()).staffOnline).toBe(false);

  const before = await boothPage();
  const webinar = await comingWebinarOf(page.request, exhibitorId);
  const eventToken = await trpcQuery<Token>(page.request, "live.eventToken", { eventId: webinar.id });
  await joinRoom(page, eventToken, true);
  await expect.poll(async () => (await boothPage()).live).toBe(true);
  await leave(page);
  // Off air, the booth is live again only if its webinar is on by the schedule.
  await expect.poll(async () => (await boothPage()).live).toBe(before.live);
  await page.context().close();
});
