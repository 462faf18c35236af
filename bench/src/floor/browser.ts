/** Renders the benchmark floor in headless Chromium (SwiftShader) and reads the renderer. */
import { type Browser, chromium } from "@playwright/test";
import { percentile } from "./pick.ts";

const ARGS = [
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--no-sandbox",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface RenderFigures {
  drawCalls: number;
  renderCpuMsP50: number;
  firstFrameMs: number;
  booths: number;
  /** Dist-relative paths of the JS files the page loaded. */
  scripts: string[];
}

interface FloorHook {
  gl: { render(scene: unknown, camera: unknown): void; info: { render: { calls: number } } };
  scene: unknown;
  camera: unknown;
  firstFrameAt?: number;
  booths?: number;
}

/** Opens `url` (the floor with ?bench=1), waits for the first frame, then times renders. */
export async function measureRender(browser: Browser, url: string, frames = 40): Promise<RenderFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on("response", (response) => {
    const pathname = new URL(response.url()).pathname;
    if (pathname.endsWith(".js")) scripts.push(pathname.replace(/^\//, ""));
  });
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __pavilionFloor?: FloorHook }).__pavilionFloor?.firstFrameAt !== undefined,
    undefined,
    { timeout: 120_000 },
  );
  const result = await page.evaluate((count) => {
    const hook = (window as unknown as { __pavilionFloor: FloorHook }).__pavilionFloor;
    for (let i = 0; i < 5; i++) hook.gl.render(hook.scene, hook.camera); // warm: shaders, uploads
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      hook.gl.render(hook.scene, hook.camera);
      times.push(performance.now() - start);
    }
    return {
      times,
      drawCalls: hook.gl.info.render.calls,
      firstFrameMs: hook.firstFrameAt ?? Number.NaN,
      booths: hook.booths ?? Number.NaN,
    };
  }, frames);
  await context.close();
  return {
    drawCalls: result.drawCalls,
    renderCpuMsP50: percentile(result.times, 0.5),
    firstFrameMs: result.firstFrameMs,
    booths: result.booths,
    scripts,
  };
}

/** Launches Debian's Chromium with software WebGL. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ARGS });
}
