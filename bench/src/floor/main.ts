/**
 * `pnpm bench:floor`: builds the web app, serves a 2,000-booth floor, renders it in
 * headless Chromium (SwiftShader, 1280x720) instanced and naive (one mesh per booth)
 * in the same run, times picking in Node, sizes the bundles; then gives 200 booths a
 * featured 3D model and measures the overview again, a visitor walking by a cluster of
 * them, and the demo company's model in its booth page's viewer; writes
 * bench/results/floor.json.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, measureModelViewer, measureNear, measureRender } from "./browser.ts";
import { entryFiles, gzipKb } from "./bundle.ts";
import { addBenchModels, BENCH_FLOOR_SLUG, prepareBenchData } from "./fixture.ts";
import { fetchPlan, nearSpot } from "./nearSpot.ts";
import { measurePick, percentile } from "./pick.ts";
import { startServer } from "./server.ts";

const BOOTHS = 2000;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const distDir = path.join(repoRoot, "apps/web/dist");

execFileSync("pnpm", ["turbo", "run", "build", "--filter=@pavilion/web"], {
  cwd: repoRoot,
  stdio: "inherit",
});
const pick = measurePick(BOOTHS);
const dataDir = await prepareBenchData(BOOTHS);
const server = await startServer(dataDir);
const browser = await launchChromium();
try {
  const url = `${server.baseUrl}/floors/${BENCH_FLOOR_SLUG}?bench=1&view=overview`;
  const instanced = await measureRender(browser, url);
  const naive = await measureRender(browser, `${url}&naive=1`);

  // The same floor with a featured model on every tenth booth (the server reads them per request).
  const models = await addBenchModels(dataDir);
  const withModels = await measureRender(browser, url);
  const plan = await fetchPlan(server.baseUrl, BENCH_FLOOR_SLUG);
  const spot = nearSpot(plan);
  if (!spot) throw new Error("no booth on the bench floor shows a model");
  const walkUrl = `${server.baseUrl}/floors/${BENCH_FLOOR_SLUG}?bench=1&view=walk&x=${spot.x}&z=${spot.z}&yaw=${spot.yaw.toFixed(2)}`;
  const near = await measureNear(browser, walkUrl);
  const viewer = await measureModelViewer(browser, `${server.baseUrl}/booths/${models.demoExhibitorId}`, 3);
  if (!viewer)
    console.warn("The demo company's booth page shows no model viewer: modelViewerLoadMs left out.");
  const entry = entryFiles(distDir);
  const floorScripts = instanced.scripts.filter((file) => !entry.has(file));
  const results = {
    measuredAt: new Date().toISOString(),
    machine: "headless Chromium, SwiftShader WebGL, 1280x720",
    booths: instanced.booths,
    drawCalls: instanced.drawCalls,
    naiveDrawCalls: naive.drawCalls,
    renderCpuMsP50: round(instanced.renderCpuMsP50),
    naiveRenderCpuMsP50: round(naive.renderCpuMsP50),
    renderSpeedup: round(naive.renderCpuMsP50 / instanced.renderCpuMsP50),
    pickMsP95: round(pick.pickMsP95, 5),
    pickMsP50: round(pick.pickMsP50, 5),
    entryGzipKb: gzipKb(distDir, entry),
    floorChunkGzipKb: gzipKb(distDir, floorScripts),
    floorScripts,
    firstFrameMs: Math.round(instanced.firstFrameMs),
    naiveFirstFrameMs: Math.round(naive.firstFrameMs),
    modelBooths: plan.booths.filter((b) => b.model).length,
    benchModel: {
      source: models.model.source,
      sizeBytes: models.model.sizeBytes,
      triangles: models.model.triangles,
      sharedByAllModelBooths: true,
    },
    drawCallsWithModels: withModels.drawCalls,
    firstFrameWithModelsMs: Math.round(withModels.firstFrameMs),
    renderCpuMsP50WithModels: round(withModels.renderCpuMsP50),
    modelsNear: near.modelsNear,
    drawCallsNear: near.drawCallsNear,
    modelsNearLoadMs: Math.round(near.modelsNearLoadMs),
    modelBoothsAroundNearSpot: spot.modelBoothsAround,
    modelViewerLoadMs: viewer ? Math.round(percentile(viewer.readyMs, 0.5)) : null,
    modelViewerPageMs: viewer ? Math.round(percentile(viewer.pageReadyMs, 0.5)) : null,
    modelViewerLoads: viewer?.readyMs.length ?? 0,
    modelViewerCache: "cold: a new browser context for each load",
  };
  mkdirSync(path.join(repoRoot, "bench/results"), { recursive: true });
  writeFileSync(path.join(repoRoot, "bench/results/floor.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
