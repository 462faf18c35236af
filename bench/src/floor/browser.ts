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
  modelsShown?(): string[];
  modelsLoading?(): number;
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

export interface NearFigures {
  /** Featured models drawn once loading settled. */
  modelsNear: number;
  /** Draw calls of one frame with them. */
  drawCallsNear: number;
  /** From the first frame (no models yet) until the last near model was drawn. */
  modelsNearLoadMs: number;
}

/**
 * Opens `url` (the floor with ?bench=1 in walk mode by a cluster of model booths), waits for
 * the first frame, then until the models near the visitor are loaded and drawn.
 */
export async function measureNear(browser: Browser, url: string): Promise<NearFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      () =>
        (window as unknown as { __pavilionFloor?: FloorHook }).__pavilionFloor?.firstFrameAt !== undefined,
      undefined,
      { timeout: 120_000 },
    );
    await page.waitForFunction(
      () => {
        const hook = (window as unknown as { __pavilionFloor: FloorHook }).__pavilionFloor;
        return (hook.modelsShown?.().length ?? 0) > 0 && hook.modelsLoading?.() === 0;
      },
      undefined,
      { timeout: 60_000, polling: 50 },
    );
    return await page.evaluate(() => {
      const hook = (window as unknown as { __pavilionFloor: FloorHook }).__pavilionFloor;
      const settledAt = performance.now();
      hook.gl.render(hook.scene, hook.camera);
      return {
        modelsNear: hook.modelsShown?.().length ?? 0,
        drawCallsNear: hook.gl.info.render.calls,
        modelsNearLoadMs: settledAt - (hook.firstFrameAt ?? settledAt),
      };
    });
  } finally {
    await context.close();
  }
}

export interface ViewerFigures {
  /** The viewer's own data-ready-ms of each load (from its start of loading to the model's first frame). */
  readyMs: number[];
  /** From navigation start to the same moment (page, scripts, booth data, then the model). */
  pageReadyMs: number[];
}

/**
 * Opens a booth page `runs` times, each in a fresh browser context (a cold HTTP cache), and
 * reads the model viewer's data-ready-ms once it is ready; null when the page has no viewer.
 */
export async function measureModelViewer(
  browser: Browser,
  url: string,
  runs = 3,
): Promise<ViewerFigures | null> {
  const figures: ViewerFigures = { readyMs: [], pageReadyMs: [] };
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      await page.goto(url);
      const viewer = page.locator('[data-testid="model-viewer"]').first();
      const found = await viewer.waitFor({ timeout: 20_000 }).then(
        () => true,
        () => false,
      );
      if (!found) return null;
      await viewer.scrollIntoViewIfNeeded();
      const ready = await page
        .waitForFunction(
          () => {
            const stage = document.querySelector('[data-testid="model-viewer"]');
            const state = stage?.getAttribute("data-state");
            if (state === "error") return { error: true as const };
            const ms = stage?.getAttribute("data-ready-ms");
            return state === "ready" && ms ? { ms: Number(ms), at: performance.now() } : null;
          },
          undefined,
          { timeout: 30_000, polling: "raf" },
        )
        .then((handle) => handle.jsonValue());
      if (!ready || "error" in ready) throw new Error(`the model viewer failed on ${url}`);
      figures.readyMs.push(ready.ms);
      figures.pageReadyMs.push(ready.at);
    } finally {
      await context.close();
    }
  }
  return figures;
}

/** Launches Debian's Chromium with software WebGL. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ARGS });
}
