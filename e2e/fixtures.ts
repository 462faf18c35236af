/** What every end-to-end test imports: `test` and `expect`, plus helpers that make data unique. */
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test as base, expect } from "@playwright/test";
import { E2E_ENV } from "./support/env.ts";

export { expect };

/**
 * `test` with baseURL pointing at the app global setup started. Contexts a test opens itself
 * (browser.newContext, e.g. one per person) are closed when it ends, as Playwright does for its
 * own `context`: a page left open would keep its LiveKit rooms (a cabinet page keeps its booth's)
 * and its load for the rest of the run, since one worker runs every spec.
 */
export const test = base.extend<{ closeOwnContexts: undefined }>({
  baseURL: async ({ baseURL }, use) => {
    await use(process.env[E2E_ENV.baseUrl] ?? baseURL);
  },
  closeOwnContexts: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use(undefined);
      const opened = browser.contexts().filter((context) => !before.has(context));
      await Promise.all(opened.map((context) => context.close()));
    },
    { auto: true },
  ],
});

function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

/** An email address no other test (or earlier run on the same data) has used. */
export function uniqueEmail(prefix = "newcomer"): string {
  return `${prefix}-${uniqueSuffix()}@example.com`;
}

/** A person's name that is unique, so a test can find it on a page full of other people. */
export function uniqueName(first = "Alex"): string {
  return `${first} Tester ${uniqueSuffix().slice(-6)}`;
}

/** A password that passes any reasonable strength rule. */
export const PASSWORD = "Pavilion-e2e-2026!";

/** Raw messages (RFC 822 text) the app sent to `to`, oldest first. */
export function mailsTo(to: string): string[] {
  const dir = process.env[E2E_ENV.mailDir];
  if (!dir) throw new Error(`${E2E_ENV.mailDir} is not set: did global setup run?`);
  const prefix = `${to.toLowerCase()}--`;
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix))
    .sort()
    .map((name) => readFileSync(join(dir, name), "utf8"));
}

/** Waits until the app has sent at least one message to `to` and returns the newest. */
export async function waitForMail(to: string, timeoutMs = 10_000): Promise<string> {
  await expect
    .poll(() => mailsTo(to).length, { timeout: timeoutMs, message: `no mail to ${to}` })
    .toBeGreaterThan(0);
  const newest = mailsTo(to).at(-1);
  if (newest === undefined) throw new Error(`no mail to ${to}`);
  return newest;
}
