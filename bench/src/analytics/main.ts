/**
 * `pnpm bench:analytics` (issue 7): seeds a fair of EXHIBITORS companies, VISITORS accounts and
 * ACTIVITY_ROWS activity rows into SQLite (seed.ts), lets the analytics rollup count them (in
 * process, timed), starts the real app server on that data and measures over HTTP, one request at
 * a time, as signed-in people:
 * - leadsTableP99Ms: an exhibitor's leads page (`leads.list`) with a mix of filters and sorts,
 *   for the busiest companies and a random sample of the rest;
 * - exhibitorStatsP99Ms: `stats.exhibitor` for the whole fair and for a two-day period;
 * - organiserDashboardP99Ms: `stats.organiser` for the whole fair and for a two-day period;
 * - ingestRowsPerSec: activity rows recorded per second through the API: INGEST_CLIENTS signed-in
 *   visitors record booth visits (`visitor.recordBoothVisit`) in tRPC batches of INGEST_BATCH for
 *   INGEST_SECONDS; rows counted in the database. Also the same without batching.
 * Writes bench/results/analytics.json. Loopback only, bounded in time, cleans up after itself.
 * BENCH_SCALE=small runs a 1/25 fair for trying the bench out (the figures then do not count);
 * BENCH_DATA_DIR=<folder> seeds there and keeps it, or reuses a fair seeded there before (the
 * rollup goes on from its cursor), which saves the three minutes of seeding between runs.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { catchUpAnalytics, syncLeadContacts } from "@pavilion/api";
import { openDatabase, sqliteFileFromDataDir } from "@pavilion/db";
import { freeTcpPort } from "@pavilion/livekit";
import Sqlite from "better-sqlite3";
import { sql } from "kysely";
import { percentile, round } from "../live/report.ts";
import { startApp } from "../live/stack.ts";
import { batchedMutation, type Call, timedQuery } from "./http.ts";
import { addOwners, addSessions, type SeededFair, type Sizes, seedFair } from "./seed.ts";

const FULL: Sizes = { exhibitors: 10_000, visitors: 250_000, activityRows: 5_000_000 };
const SMALL: Sizes = { exhibitors: 400, visitors: 10_000, activityRows: 200_000 };
const SAMPLED_BUSIEST = 10;
const SAMPLED_RANDOM = 40;
const LEADS_REQUESTS = 600;
const STATS_REQUESTS = 400;
const DASHBOARD_REQUESTS = 120;
const WARM_UP = 20;
const INGEST_CLIENTS = 16;
const INGEST_BATCH = 50;
const INGEST_SECONDS = 20;

const targets = {
  leadsTableP99Ms: { atMost: 50 },
  exhibitorStatsP99Ms: { atMost: 100 },
  organiserDashboardP99Ms: { atMost: 500 },
  ingestRowsPerSec: { atLeast: 5_000 },
};

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const log = (what: string) => process.stderr.write(`[bench:analytics] ${what}\n`);

function summary(samples: number[]) {
  return {
    requests: samples.length,
    p50Ms: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
    p99Ms: round(percentile(samples, 99)),
    maxMs: round(Math.max(...samples)),
  };
}

/** Runs the calls one at a time (after a warm-up) and returns each one's milliseconds. */
async function sample(baseUrl: string, calls: Array<{ token: string; call: Call }>): Promise<number[]> {
  for (const { token, call } of calls.slice(0, WARM_UP)) await timedQuery(baseUrl, token, call);
  const samples: number[] = [];
  for (const { token, call } of calls) samples.push(await timedQuery(baseUrl, token, call));
  return samples;
}

const LEADS_SHAPES = [
  "default",
  "warmBands",
  "newByActivity",
  "sourcesAndDays",
  "search",
  "byName",
  "hotPage2",
  "chatOldestFirst",
] as const;

function leadsCalls(exhibitorId: string, days: string[]): Call[] {
  const path = "leads.list";
  const base = { exhibitorId };
  return [
    { path, input: base },
    { path, input: { ...base, warmth: ["hot", "warm"] } },
    { path, input: { ...base, status: ["new"], sort: "lastActivity" } },
    { path, input: { ...base, source: ["contact", "registration"], from: days[1], to: days[2] } },
    { path, input: { ...base, search: "Гость 1" } },
    { path, input: { ...base, sort: "name", direction: "asc" } },
    { path, input: { ...base, warmth: ["hot"], offset: 50 } },
    { path, input: { ...base, sort: "created", direction: "asc", source: ["chat"] } },
  ];
}

function activityCount(dataDir: string): number {
  const sqlite = new Sqlite(sqliteFileFromDataDir(dataDir), { readonly: true });
  const row = sqlite.prepare("select count(*) as n from activity").get() as { n: number };
  sqlite.close();
  return row.n;
}

async function measureIngest(
  baseUrl: string,
  tokens: string[],
  exhibitorIds: string[],
  batch: number,
): Promise<{ calls: number; seconds: number }> {
  const deadline = performance.now() + INGEST_SECONDS * 1000;
  const started = performance.now();
  let calls = 0;
  await Promise.all(
    tokens.map(async (token, client) => {
      let n = client;
      while (performance.now() < deadline) {
        const inputs = Array.from({ length: batch }, () => ({
          exhibitorId: exhibitorIds[n++ % exhibitorIds.length],
          source: "floor",
        }));
        const done = await batchedMutation(baseUrl, token, "visitor.recordBoothVisit", inputs);
        if (done === 0) throw new Error("ingest: the API recorded none of a batch of booth visits");
        calls += done;
      }
    }),
  );
  return { calls, seconds: (performance.now() - started) / 1000 };
}

async function main() {
  const small = process.env.BENCH_SCALE === "small";
  const sizes = small ? SMALL : FULL;
  const now = new Date();
  const reuse = process.env.BENCH_DATA_DIR;
  const dataDir = reuse ?? mkdtempSync(path.join(tmpdir(), "pavilion-bench-analytics-"));
  const logFile = path.join(dataDir, "app.log");
  let stopApp: (() => Promise<void>) | null = null;
  try {
    let t = performance.now();
    const seeded = reuse && existsSync(sqliteFileFromDataDir(dataDir)) ? await fairIn(dataDir) : null;
    const fair = seeded ?? (await seedFair(dataDir, sizes, now));
    const seedSeconds = (performance.now() - t) / 1000;
    log(seeded ? "reusing the fair seeded before" : `seeded in ${round(seedSeconds)} s`);

    t = performance.now();
    const db = openDatabase({ sqliteFile: sqliteFileFromDataDir(dataDir) });
    // A bulk catch-up over millions of rows: this connection may keep 2 GB of pages in memory.
    await sql`pragma cache_size = -2000000`.execute(db);
    let processed = 0;
    for (;;) {
      const result = await catchUpAnalytics(db, now, { maxRows: 100_000, batchRows: 10_000 });
      processed += result.processed;
      log(`rollup ${processed} rows`);
      if (!result.behind) break;
    }
    const rollupSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    // What the leads page shows and searches: contacts of consented leads (services/leads/contact-sync.ts).
    await syncLeadContacts(db, now);
    const contactSyncSeconds = (performance.now() - t) / 1000;
    const leads = Number(
      (
        await db
          .selectFrom("leads")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const exhibition = await db
      .selectFrom("exhibitions")
      .select(["starts_on", "ends_on"])
      .executeTakeFirstOrThrow();
    await db.destroy();
    log(`rollup of ${processed} rows in ${round(rollupSeconds)} s; ${leads} leads`);

    const shuffled = fair.exhibitorIds.filter((id) => !fair.busiest.slice(0, SAMPLED_BUSIEST).includes(id));
    const sampled = [
      ...fair.busiest.slice(0, SAMPLED_BUSIEST),
      ...shuffled
        .filter((_, i) => i % Math.floor(shuffled.length / SAMPLED_RANDOM) === 0)
        .slice(0, SAMPLED_RANDOM),
    ];
    const ownerTokens = addSessions(dataDir, addOwners(dataDir, sampled, now), now);
    const [organiserToken] = addSessions(dataDir, [fair.organiserId], now);
    const visitorTokens = addSessions(dataDir, fair.visitorIds.slice(0, INGEST_CLIENTS), now);
    const days = Array.from({ length: 5 }, (_, i) =>
      new Date(Date.parse(`${exhibition.starts_on}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
    );

    const port = await freeTcpPort("127.0.0.1");
    const app = await startApp(repoRoot, { port, dataDir, logFile, env: { JOBS: "off" } });
    stopApp = app.stop;
    const baseUrl = `http://127.0.0.1:${port}`;
    const activityRows = activityCount(dataDir);

    log("leads.list");
    const leadsSamples = await sample(
      baseUrl,
      Array.from({ length: LEADS_REQUESTS }, (_, i) => {
        const owner = i % sampled.length;
        const calls = leadsCalls(sampled[owner] as string, days);
        return { token: ownerTokens[owner] as string, call: calls[i % calls.length] as Call };
      }),
    );
    log("stats.exhibitor");
    const statsSamples = await sample(
      baseUrl,
      Array.from({ length: STATS_REQUESTS }, (_, i) => {
        const owner = i % sampled.length;
        const input =
          i % 2
            ? { exhibitorId: sampled[owner] }
            : { exhibitorId: sampled[owner], from: days[1], to: days[2] };
        return { token: ownerTokens[owner] as string, call: { path: "stats.exhibitor", input } };
      }),
    );
    log("stats.organiser");
    const dashboardSamples = await sample(
      baseUrl,
      Array.from({ length: DASHBOARD_REQUESTS }, (_, i) => ({
        token: organiserToken as string,
        call: { path: "stats.organiser", input: i % 2 ? {} : { from: days[1], to: days[2] } },
      })),
    );

    log("ingest");
    const before = activityCount(dataDir);
    const batched = await measureIngest(baseUrl, visitorTokens, fair.exhibitorIds, INGEST_BATCH);
    const afterBatched = activityCount(dataDir);
    const single = await measureIngest(baseUrl, visitorTokens, fair.exhibitorIds, 1);
    const afterSingle = activityCount(dataDir);
    const ingestRowsPerSec = round((afterBatched - before) / batched.seconds);
    const ingestUnbatchedRowsPerSec = round((afterSingle - afterBatched) / single.seconds);

    const leadsTable = {
      ...summary(leadsSamples),
      p99MsByShape: Object.fromEntries(
        LEADS_SHAPES.map((shape, k) => [
          shape,
          round(
            percentile(
              leadsSamples.filter((_, i) => i % LEADS_SHAPES.length === k),
              99,
            ),
          ),
        ]),
      ),
    };
    const exhibitorStats = summary(statsSamples);
    const organiserDashboard = summary(dashboardSamples);
    const figures = {
      activityRows,
      leadsTableP99Ms: leadsTable.p99Ms,
      exhibitorStatsP99Ms: exhibitorStats.p99Ms,
      organiserDashboardP99Ms: organiserDashboard.p99Ms,
      ingestRowsPerSec,
    };
    const pass =
      !small &&
      figures.leadsTableP99Ms <= targets.leadsTableP99Ms.atMost &&
      figures.exhibitorStatsP99Ms <= targets.exhibitorStatsP99Ms.atMost &&
      figures.organiserDashboardP99Ms <= targets.organiserDashboardP99Ms.atMost &&
      figures.ingestRowsPerSec >= targets.ingestRowsPerSec.atLeast;
    const result = {
      ...figures,
      pass,
      scale: small ? "small (not the target scale)" : "full",
      sizes,
      leads,
      seedSeconds: round(seedSeconds),
      rollup: {
        rows: processed,
        seconds: round(rollupSeconds),
        rowsPerSec: round(processed / rollupSeconds),
      },
      contactSyncSeconds: round(contactSyncSeconds),
      leadsTable,
      exhibitorStats,
      organiserDashboard,
      ingest: {
        clients: INGEST_CLIENTS,
        batch: INGEST_BATCH,
        seconds: INGEST_SECONDS,
        rowsPerSec: ingestRowsPerSec,
        unbatchedRowsPerSec: ingestUnbatchedRowsPerSec,
      },
      targets,
      machine: {
        cpuModel: os.cpus()[0]?.model ?? "unknown",
        cores: os.cpus().length,
        memoryGiB: round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      measuredAt: new Date().toISOString(),
    };
    const resultsDir = path.join(repoRoot, "bench/results");
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(path.join(resultsDir, "analytics.json"), `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (!pass) process.exitCode = 1;
  } finally {
    await stopApp?.();
    if (reuse) log(`kept ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The fair a previous run seeded in `dataDir` (see BENCH_DATA_DIR). */
async function fairIn(dataDir: string): Promise<SeededFair> {
  const sqlite = new Sqlite(sqliteFileFromDataDir(dataDir), { readonly: true });
  try {
    const ids = (query: string) =>
      (sqlite.prepare(query).all() as Array<{ id: string }>).map((row) => row.id);
    return {
      exhibitionId: ids("select id from exhibitions limit 1")[0] as string,
      exhibitorIds: ids("select id from exhibitors where slug like 'bench-%' order by slug"),
      busiest: ids(
        "select exhibitor_id as id from activity where exhibitor_id is not null group by exhibitor_id order by count(*) desc",
      ),
      visitorIds: ids(`select id from users where email like 'visitor-%' limit ${INGEST_CLIENTS}`),
      organiserId: ids("select id from users where role = 'organiser' limit 1")[0] as string,
    };
  } finally {
    sqlite.close();
  }
}

await main();
