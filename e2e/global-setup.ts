/**
 * Starts the built app on a free port with a fresh data folder and a mail catcher,
 * and hands the base URL to the tests through the environment. Returns the teardown.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findRepoRoot } from "@pavilion/livekit";
import { freeTcpPort } from "@pavilion/livekit/testing";
import { startAppServer } from "./support/app-server.ts";
import { E2E_ENV } from "./support/env.ts";
import { startMailCatcher } from "./support/mail-catcher.ts";

/** The first start migrates and seeds the demo exhibition, which takes a while on a small machine. */
const READY_TIMEOUT_MS = 90_000;

export default async function globalSetup(): Promise<() => Promise<void>> {
  const repoRoot = findRepoRoot(import.meta.dirname);
  if (!repoRoot) throw new Error(`no pnpm-workspace.yaml above ${import.meta.dirname}`);
  const workDir = mkdtempSync(join(tmpdir(), "pavilion-e2e-"));
  const dataDir = join(workDir, "data");
  mkdirSync(dataDir);
  const mail = await startMailCatcher(join(workDir, "mail"));
  const started = Date.now();
  const app = await startAppServer({
    repoRoot,
    port: await freeTcpPort("127.0.0.1"),
    dataDir,
    logFile: join(workDir, "server.log"),
    smtpUrl: mail.url,
    readyTimeoutMs: READY_TIMEOUT_MS,
  }).catch(async (error: unknown) => {
    await mail.stop();
    throw error;
  });
  console.log(`e2e: app ready at ${app.baseUrl} in ${Date.now() - started} ms (log: ${workDir}/server.log)`);
  process.env[E2E_ENV.baseUrl] = app.baseUrl;
  process.env[E2E_ENV.mailDir] = mail.dir;

  return async () => {
    await app.stop();
    await mail.stop();
    if (process.env[E2E_ENV.keep] === "1") console.log(`e2e: kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  };
}
