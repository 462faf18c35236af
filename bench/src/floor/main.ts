/**
 * `pnpm bench:floor`: builds the web app, serves a 2,000-booth floor, renders it in
 * headless Chromium (SwiftShader, 1280x720) instanced and naive (one mesh per booth)
 * in the same run, times picking in Node, sizes the bundles, and writes
 * bench/results/floor.json.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, measureRender } from "./browser.ts";
import { entryFiles, gzipKb } from "./bundle.ts";
import { BENCH_FLOOR_SLUG, prepareBenchData } from "./fixture.ts";
import { measurePick } from "./pick.ts";
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
