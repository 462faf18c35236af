/**
 * A webinar from start to end in Chromium with a fake camera and microphone, against the app and
 * the real LiveKit server it starts: the demo company's staff member goes live with the camera
 * and a shared screen, visitors watch it play, chat both ways, get moderated, ask a question
 * through the Q&A queue, and one is brought on stage and seen by another; a tampered client that
 * tries to publish without the grant is refused; the host ends the webinar for everyone.
 */
import { createRequire } from "node:module";
import type { Browser, Locator, Page } from "@playwright/test";
import { expect, test, uniqueName } from "../fixtures.ts";
import { webinarChat } from "../support/chat.ts";
import { comingWebinarOf, openEnglishPage, signInAsDemoStaff, signUpNewPerson } from "../support/people.ts";
import { trpcQuery } from "../support/trpc.ts";

/** livekit-client's browser build (the package's "require" entry), for the tampered client. */
const LIVEKIT_CLIENT = createRequire(import.meta.url).resolve("livekit-client");
/** Media on a small machine: joining, subscribing and the first decoded frames take a while. */
const MEDIA_TIMEOUT = 45_000;

test.setTimeout(300_000);

/** A visitor of their own (so banning them changes nothing for other tests), signed in. */
async function newVisitor(browser: Browser, baseURL: string | undefined, first: string, bypassCSP = false) {
  const page = await openEnglishPage(browser, baseURL, { bypassCSP });
  return { page, name: await signUpNewPerson(page.request, first, "webinar") };
}

const stageOf = (page: Page) => page.getByRole("region", { name: "Webinar video" });
const { chatOf, logOf, composerOf, write } = webinarChat;
const qaOf = (page: Page) => page.getByTestId("qa-panel");

/** Live chat delivery is up: from now on messages arrive over the room, not by polling. */
const waitUntilLive = (page: Page) => webinarChat.waitUntilLive(page, MEDIA_TIMEOUT);

/**
 * The video shows a picture and its frames keep coming (currentTime grows, frames are presented).
 * It is scrolled into view first: off screen, LiveKit pauses a video (adaptive stream) and the
 * browser presents no frames.
 */
async function expectPlaying(video: Locator): Promise<void> {
  await expect(video).toBeVisible({ timeout: MEDIA_TIMEOUT });
  await video.scrollIntoViewIfNeeded();
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.videoWidth), { timeout: MEDIA_TIMEOUT })
    .toBeGreaterThan(0);
  const progress = await video.evaluate(
    (element: HTMLVideoElement) =>
      new Promise<{ frames: number; advanced: number }>((resolve) => {
        const start = element.currentTime;
        let frames = 0;
        const done = () => resolve({ frames, advanced: element.currentTime - start });
        const timer = setTimeout(done, 20_000);
        const onFrame = () => {
          frames += 1;
          if (frames >= 10 && element.currentTime > start) {
            clearTimeout(timer);
            done();
          } else element.requestVideoFrameCallback(onFrame);
        };
        element.requestVideoFrameCallback(onFrame);
      }),
  );
  expect(progress.frames, "frames presented").toBeGreaterThanOrEqual(10);
  expect(progress.advanced, "seconds of video played").toBeGreaterThan(0);
}

/** Sends a chat message and returns how long it took to show on the other page, in milliseconds. */
async function deliveryTime(from: Page, to: Page, text: string): Promise<number> {
  await composerOf(from).fill(text);
  const started = Date.now();
  await composerOf(from).press("Enter");
  await expect(logOf(to).getByText(text)).toBeVisible({ timeout: 5_000 });
  return Date.now() - started;
}

test("staff go live with camera and screen; visitors watch, chat, ask, go on stage; a tampered client cannot publish", async ({
  browser,
  baseURL,
}) => {
  // The demo company's staff member opens the console of the company's webinar.
  const staff = await openEnglishPage(browser, baseURL);
  const me = await signInAsDemoStaff(staff.request);
  const webinar = await comingWebinarOf(staff.request, me.exhibitorId);
  const livePage = `/events/${webinar.id}/live`;
  await staff.goto(livePage);
  const console_ = staff.getByRole("region", { name: "Host console" });
  await expect(console_).toBeVisible();

  // A visitor waits for the start: the countdown, no video yet.
  const vera = await newVisitor(browser, baseURL, "Vera");
  await vera.page.goto(livePage);
  await expect(
    stageOf(vera.page).getByRole("heading", { name: "The webinar has not started yet" }),
  ).toBeVisible();
  await expect(stageOf(vera.page).getByRole("timer")).toHaveText(/\d\d:\d\d:\d\d/);

  // Check the camera, go live, share the screen.
  const broadcast = console_.getByRole("region", { name: "Broadcast" });
  await broadcast.getByRole("button", { name: "Check camera and microphone" }).click();
  await expectPlaying(broadcast.getByLabel("Your camera, as viewers will see it"));
  await expect(broadcast.getByRole("combobox", { name: "Camera" })).toBeEnabled();
  await broadcast.getByRole("button", { name: "Go live" }).click();
  await expect(broadcast.getByText("On air")).toBeVisible({ timeout: MEDIA_TIMEOUT });
  await broadcast.getByRole("button", { name: "Share the screen" }).click();
  await expect(broadcast.getByRole("button", { name: "Stop sharing" })).toBeVisible({
    timeout: MEDIA_TIMEOUT,
  });

  // The visitor sees it live without a reload: the shared screen big, the speaker's camera small.
  await expect(vera.page.getByText("Live now", { exact: true })).toBeVisible({ timeout: MEDIA_TIMEOUT });
  const screen = stageOf(vera.page).getByLabel(`Screen shared by ${me.name}`);
  const camera = stageOf(vera.page).getByLabel(`Camera of ${me.name}`);
  await expectPlaying(screen);
  await expectPlaying(camera);
  const [screenBox, cameraBox] = [await screen.boundingBox(), await camera.boundingBox()];
  expect(screenBox?.width ?? 0, "the slides take the main area").toBeGreaterThan(3 * (cameraBox?.width ?? 0));

  // Chat both ways, each message there in under a second.
  await waitUntilLive(staff);
  await waitUntilLive(vera.page);
  const fromVisitor = await deliveryTime(vera.page, staff, `Can you zoom the slide? ${uniqueName("q")}`);
  const fromStaff = await deliveryTime(staff, vera.page, `Sure, one moment. ${uniqueName("a")}`);
  test
    .info()
    .annotations.push({ type: "chat delivery", description: `${fromVisitor} ms and ${fromStaff} ms` });
  expect(fromVisitor, "visitor → staff, ms").toBeLessThan(1_000);
  expect(fromStaff, "staff → visitor, ms").toBeLessThan(1_000);

  // The staff member deletes the visitor's message: it disappears for the visitor.
  const rude = `This webinar is boring ${uniqueName("r")}`;
  await write(vera.page, rude);
  await expect(logOf(staff).getByText(rude)).toBeVisible({ timeout: 5_000 });
  await logOf(staff)
    .getByRole("listitem")
    .filter({ hasText: rude })
    .getByRole("button", { name: `Delete the message by ${vera.name}` })
    .click();
  await staff
    .getByRole("alertdialog", { name: "Delete this message?" })
    .getByRole("button", { name: "Delete the message" })
    .click();
  await expect(logOf(vera.page).getByText(rude)).toHaveCount(0, { timeout: 5_000 });

  // A second visitor joins and watches too.
  const oleg = await newVisitor(browser, baseURL, "Oleg");
  await oleg.page.goto(livePage);
  await expectPlaying(stageOf(oleg.page).getByLabel(`Screen shared by ${me.name}`));

  // A question goes through the queue: asked, approved (then others see it and upvote it), answered, done.
  const question = `Will the slides be shared? ${uniqueName("qa")}`;
  await qaOf(vera.page).getByRole("textbox", { name: "Your question" }).fill(question);
  await qaOf(vera.page).getByRole("button", { name: "Ask" }).click();
  await expect(qaOf(vera.page).getByText("Your question was sent.")).toBeVisible();
  const veraQuestion = qaOf(vera.page).getByRole("listitem").filter({ hasText: question });
  await expect(veraQuestion).toContainText("Waiting for approval");
  const olegQuestion = qaOf(oleg.page).getByRole("listitem").filter({ hasText: question });
  await expect(olegQuestion).toHaveCount(0);
  await qaOf(staff)
    .getByRole("button", { name: `Approve the question by ${vera.name}` })
    .click({ timeout: 15_000 });
  await expect(olegQuestion).toBeVisible({ timeout: 15_000 });
  await expect(veraQuestion).not.toContainText("Waiting for approval");
  const upvote = olegQuestion.getByRole("button", {
    name: new RegExp(`Upvote the question by ${vera.name}`),
  });
  await upvote.click();
  await expect(upvote).toHaveAttribute("aria-pressed", "true");
  await qaOf(staff)
    .getByRole("tab", { name: /Approved/ })
    .click();
  await qaOf(staff)
    .getByRole("button", { name: `Answer the question by ${vera.name}` })
    .click();
  await qaOf(staff)
    .getByRole("textbox", { name: "Written answer (optional)" })
    .fill("Yes, after the webinar.");
  await qaOf(staff).getByRole("button", { name: "Mark answered" }).click();
  await expect(olegQuestion).toContainText("Answered", { timeout: 15_000 });
  await expect(olegQuestion).toContainText("Answer: Yes, after the webinar.");
  await qaOf(staff)
    .getByRole("tab", { name: /Answered/ })
    .click();
  await qaOf(staff)
    .getByRole("button", { name: `Mark the question by ${vera.name} done` })
    .click();
  await expect(olegQuestion).toContainText("Done", { timeout: 15_000 });

  // The staff member brings Vera on stage from the viewers list.
  const viewers = console_.getByRole("region", { name: "Viewers" });
  await viewers.getByRole("button", { name: `Bring ${vera.name} on stage` }).click({ timeout: 20_000 });
  const onStage = vera.page.getByRole("region", { name: "You are on stage" });
  await expect(onStage).toBeVisible({ timeout: 15_000 });
  await onStage.getByRole("button", { name: "Turn on the camera" }).click();
  await expect(onStage.getByRole("button", { name: "Turn off the camera" })).toBeVisible({
    timeout: MEDIA_TIMEOUT,
  });
  // Oleg sees Vera's camera beside the speaker's.
  await expectPlaying(stageOf(oleg.page).getByLabel(`Camera of ${vera.name}`));
  await expect(viewers.getByRole("button", { name: `Send ${vera.name} back to the audience` })).toBeVisible({
    timeout: 15_000,
  });

  // Sent back, Vera's camera stops and leaves everyone's stage.
  await viewers.getByRole("button", { name: `Send ${vera.name} back to the audience` }).click();
  await expect(onStage).toBeHidden({ timeout: 15_000 });
  await expect(stageOf(oleg.page).getByLabel(`Camera of ${vera.name}`)).toHaveCount(0, { timeout: 15_000 });

  // The staff member bans Vera from the chat: she cannot send, and is told why.
  const last = `One more thing ${uniqueName("b")}`;
  await write(vera.page, last);
  await expect(logOf(staff).getByText(last)).toBeVisible({ timeout: 5_000 });
  await logOf(staff)
    .getByRole("listitem")
    .filter({ hasText: last })
    .getByRole("button", { name: `Ban ${vera.name} from the chat` })
    .click();
  await staff
    .getByRole("alertdialog", { name: `Ban ${vera.name} from the chat?` })
    .getByRole("button", { name: "Ban from the chat" })
    .click();
  await write(vera.page, "Hello?");
  await expect(chatOf(vera.page).getByRole("alert")).toHaveText(
    "A moderator has blocked you from writing in this chat.",
  );
  await expect(composerOf(vera.page)).toBeDisabled();

  // A tampered client: a visitor takes a token for the room and tries to publish a camera anyway.
  const tamperer = await newVisitor(browser, baseURL, "Mallory", true);
  await tamperer.page.goto("/health/live");
  await tamperer.page.addScriptTag({ path: LIVEKIT_CLIENT });
  const token = await trpcQuery<{ url: string; token: string; canPublish: boolean }>(
    tamperer.page.request,
    "live.eventToken",
    { eventId: webinar.id },
  );
  expect(token.canPublish).toBe(false);
  const attempts = await tamperer.page.evaluate(async (token) => {
    type LocalParticipant = {
      permissions?: { canPublish: boolean };
      setCameraEnabled(on: boolean): Promise<unknown>;
      publishTrack(track: MediaStreamTrack): Promise<unknown>;
    };
    const { Room } = (
      window as unknown as {
        LivekitClient: {
          Room: new () => {
            connect(url: string, token: string): Promise<void>;
            localParticipant: LocalParticipant;
          };
        };
      }
    ).LivekitClient;
    const room = new Room();
    await room.connect(token.url, token.token);
    const outcome = (attempt: Promise<unknown>, ms: number) =>
      Promise.race([
        attempt.then(
          () => "published",
          (error: Error) => `refused: ${error.message}`,
        ),
        new Promise<string>((resolve) => setTimeout(() => resolve("no answer"), ms)),
      ]);
    // As the app would: the client follows the permissions the server sent.
    const plain = await outcome(room.localParticipant.setCameraEnabled(true), 15_000);
    // Tampered: the client pretends to be allowed and asks the server to take a track anyway.
    if (room.localParticipant.permissions) room.localParticipant.permissions.canPublish = true;
    const stream = await navigator.mediaDevices.getUserMedia({ video: true });
    const [track] = stream.getVideoTracks();
    const forced = track ? await outcome(room.localParticipant.publishTrack(track), 20_000) : "no camera";
    return { plain, forced };
  }, token);
  expect(attempts.plain).toMatch(/^refused/);
  expect(attempts.forced).not.toBe("published");
  // Nobody sees a picture from the tamperer.
  await expect(stageOf(oleg.page).getByLabel(`Camera of ${tamperer.name}`)).toHaveCount(0);

  // The staff member ends the webinar: everyone sees it ended.
  await console_.getByRole("button", { name: "End the webinar" }).click();
  await staff
    .getByRole("alertdialog", { name: "End the webinar?" })
    .getByRole("button", { name: "End the webinar" })
    .click();
  await expect(stageOf(oleg.page).getByRole("heading", { name: "The webinar has ended" })).toBeVisible({
    timeout: 15_000,
  });
  await expect(stageOf(staff).getByRole("heading", { name: "The webinar has ended" })).toBeVisible();

  for (const page of [staff, vera.page, oleg.page, tamperer.page]) await page.context().close();
});
