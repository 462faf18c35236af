/**
 * LiveKit dies and comes back under a booth's chat. The shared app of global setup runs LiveKit
 * inside itself, so this spec runs its own pair: a LiveKit dev server on fixed ports (a restart
 * comes back at the same URL) and a second app pointed at it as an external LiveKit. Staff and a
 * visitor chat live; LiveKit is killed; staff keep writing (the API takes it, LiveKit is only the
 * transport); LiveKit starts again; both pages reconnect by themselves and the visitor has every
 * accepted message once, in order.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import {
  type DevServerPorts,
  devKeys,
  devServerArgs,
  findLiveKitServerBinary,
  findRepoRoot,
  freeTcpPort,
  freeUdpRange,
} from "@pavilion/livekit";
import type { Page } from "@playwright/test";
import { expect, test, uniqueName } from "../fixtures.ts";
import { type AppServer, startAppServer } from "../support/app-server.ts";
import { boothChat } from "../support/chat.ts";
import { E2E_ENV } from "../support/env.ts";
import { openEnglishPage, signInAsDemoStaff, signUpNewPerson } from "../support/people.ts";

const { logOf, composerOf, roomStateOf, waitUntilLive } = boothChat;
const HOST = "127.0.0.1";
/** Migrating and seeding a fresh database beside other work on two cores takes a while. */
const APP_READY_TIMEOUT_MS = 120_000;
const LIVEKIT_READY_TIMEOUT_MS = 30_000;
/** How soon a page must show that live delivery dropped. */
const NOTICE_TIMEOUT_MS = 8_000;
/** LiveKit's client retries for about 40 s, then the page's own backoff takes over (up to 30 s apart). */
const RECONNECT_TIMEOUT_MS = 90_000;

/** A LiveKit dev server we can kill like a crash (SIGKILL) and start again on the same ports. */
interface LiveKitProcess {
  kill(): Promise<void>;
}

/** Starts LiveKit in dev mode on exactly these ports (output appended to `logFile`) and waits until it answers. */
async function runLiveKit(
  binary: string,
  ports: DevServerPorts,
  webhookUrl: string,
  logFile: string,
): Promise<LiveKitProcess> {
  const log = createWriteStream(logFile, { flags: "a" });
  const child: ChildProcess = spawn(binary, devServerArgs(ports, HOST, [webhookUrl]), {
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<string>((resolve) => {
    child.once("exit", (code, signal) => resolve(`exited with ${signal ?? `code ${code}`}`));
    child.once("error", (error) => resolve(`could not start ${binary}: ${error.message}`));
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const kill = async () => {
    process.removeListener("exit", killOnExit);
    if (running()) child.kill("SIGKILL");
    await exited;
    log.end();
  };
  if (!(await answersWhile(`http://${HOST}:${ports.port}`, running))) {
    await kill();
    throw new Error(`LiveKit on port ${ports.port} did not start: ${await exited} (log: ${logFile})`);
  }
  return { kill };
}

/** Whether `url` answers 200 before LIVEKIT_READY_TIMEOUT_MS passes or `alive` turns false. */
async function answersWhile(url: string, alive: () => boolean): Promise<boolean> {
  const deadline = Date.now() + LIVEKIT_READY_TIMEOUT_MS;
  while (Date.now() < deadline && alive()) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return true;
    await sleep(100);
  }
  return false;
}

/** Writes through the chat's field; the field empties only once the API has taken the message. */
async function write(page: Page, text: string): Promise<void> {
  await boothChat.write(page, text);
  await expect(composerOf(page)).toHaveValue("", { timeout: 15_000 });
}

/** The bodies of this run's messages in the page's chat, top to bottom, and how many distinct ids. */
async function messagesOf(page: Page, tag: string): Promise<{ bodies: string[]; ids: number }> {
  const items = logOf(page).locator("li[data-message-id]").filter({ hasText: tag });
  const bodies = await items.locator(".chat-message__body").allInnerTexts();
  const ids = new Set(
    await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-message-id"))),
  );
  return { bodies, ids: ids.size };
}

let binary = "";
let ports: DevServerPorts;
let webhookUrl = "";
let workDir = "";
let liveKit: LiveKitProcess | null = null;
let app: AppServer | null = null;

test.beforeAll(async () => {
  test.setTimeout(APP_READY_TIMEOUT_MS + LIVEKIT_READY_TIMEOUT_MS + 30_000);
  binary = findLiveKitServerBinary() ?? "";
  if (!binary) throw new Error("no LiveKit server binary (LIVEKIT_SERVER_BIN, .tools/bin/server, PATH)");
  const repoRoot = findRepoRoot(import.meta.dirname);
  if (!repoRoot) throw new Error(`no pnpm-workspace.yaml above ${import.meta.dirname}`);
  workDir = mkdtempSync(join(tmpdir(), "pavilion-e2e-restart-"));
  mkdirSync(join(workDir, "data"));
  const appPort = await freeTcpPort(HOST);
  const udp = await freeUdpRange(1);
  // Fixed once here, so the restarted server answers at the URL the app hands out in tokens.
  ports = {
    port: await freeTcpPort(HOST),
    rtcTcpPort: await freeTcpPort(),
    udpPorts: { start: udp, end: udp },
  };
  webhookUrl = `http://${HOST}:${appPort}/livekit/webhook`;
  liveKit = await runLiveKit(binary, ports, webhookUrl, join(workDir, "livekit.log"));
  app = await startAppServer({
    repoRoot,
    port: appPort,
    dataDir: join(workDir, "data"),
    logFile: join(workDir, "server.log"),
    env: {
      LIVEKIT_URL: `ws://${HOST}:${ports.port}`,
      LIVEKIT_API_KEY: devKeys.apiKey,
      LIVEKIT_API_SECRET: devKeys.apiSecret,
    },
    readyTimeoutMs: APP_READY_TIMEOUT_MS,
  });
});

test.afterAll(async () => {
  await app?.stop();
  await liveKit?.kill();
  if (!workDir) return;
  if (process.env[E2E_ENV.keep] === "1") console.log(`e2e: kept ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
});

test("LiveKit restarts under a booth's chat: both sides reconnect by themselves and no accepted message is lost", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const baseUrl = app?.baseUrl ?? "";
  const staff = await openEnglishPage(browser, baseUrl);
  const { exhibitorId } = await signInAsDemoStaff(staff.request);
  const booth = `/booths/${exhibitorId}`;
  const visitor = await openEnglishPage(browser, baseUrl);
  await signUpNewPerson(visitor.request, "Rita", "restart");
  await staff.goto(booth);
  await visitor.goto(booth);
  await waitUntilLive(staff);
  await waitUntilLive(visitor);
  // Proof that nobody reloads from here on: a reload would drop this flag.
  for (const page of [staff, visitor])
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

  const tag = uniqueName("run");
  const before = `Before the restart. ${tag}`;
  await write(staff, before);
  await expect(logOf(visitor).getByText(before)).toBeVisible({ timeout: 5_000 });

  // LiveKit crashes: both pages notice at once (the signal socket closes), say so, and poll the API.
  // Well under the ~15 s after which the media connection would give up too.
  await liveKit?.kill();
  liveKit = null;
  for (const page of [visitor, staff]) {
    await expect(roomStateOf(page)).toHaveAttribute("data-room-state", /^(reconnecting|unavailable)$/, {
      timeout: NOTICE_TIMEOUT_MS,
    });
  }
  await expect(roomStateOf(visitor)).toHaveText(/Reconnecting…|Live delivery is unavailable/);

  // The API still takes messages: they are stored and shown to their author.
  const during = [`During the outage, first. ${tag}`, `During the outage, second. ${tag}`];
  for (const text of during) {
    await write(staff, text);
    await expect(logOf(staff).getByText(text)).toBeVisible();
  }

  // LiveKit comes back at the same address; nobody reloads, both pages get back by themselves.
  liveKit = await runLiveKit(binary, ports, webhookUrl, join(workDir, "livekit.log"));
  await waitUntilLive(visitor, RECONNECT_TIMEOUT_MS);
  await waitUntilLive(staff, RECONNECT_TIMEOUT_MS);
  await expect(roomStateOf(visitor)).toHaveText("");

  // Live delivery works again: while connected the page does not poll, so this came over LiveKit.
  const after = `After the restart. ${tag}`;
  await write(staff, after);
  await expect(logOf(visitor).getByText(after)).toBeVisible({ timeout: 5_000 });

  const expected = [before, ...during, after];
  for (const page of [visitor, staff]) {
    await expect.poll(() => messagesOf(page, tag)).toEqual({ bodies: expected, ids: expected.length });
    expect(await page.evaluate(() => "__sameDocument" in window)).toBe(true);
  }

  await staff.context().close();
  await visitor.context().close();
});
