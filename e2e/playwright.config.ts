import { defineConfig } from "@playwright/test";
import { E2E_ENV } from "./support/env.ts";

/** Debian's Chromium; Playwright never downloads a browser here. */
const CHROMIUM = "/usr/bin/chromium";

const chromiumArgs = [
  // WebGL without a GPU, for the 3D floor.
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  // Camera and microphone without devices or permission prompts, for webinars.
  "--use-fake-device-for-media-stream",
  "--use-fake-ui-for-media-stream",
  "--no-sandbox",
  "--disable-dev-shm-usage",
  // The machine has no internet: without these Chromium waits on refused connections.
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "./tests",
  globalSetup: "./global-setup.ts",
  // Two cores: the app, LiveKit and one browser already fill them.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: "list",
  forbidOnly: process.env.CI === "true",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: process.env[E2E_ENV.baseUrl],
    browserName: "chromium",
    headless: true,
    viewport: { width: 1280, height: 720 },
    // Start in Russian, the default language of the app, so switching languages is visible.
    locale: "ru-RU",
    trace: process.env.PAVILION_E2E_TRACE === "1" ? "retain-on-first-failure" : "off",
    launchOptions: { executablePath: CHROMIUM, args: chromiumArgs },
  },
});
