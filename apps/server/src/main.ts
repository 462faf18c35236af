/**
 * Pavilion's server: migrates, seeds the demo on an empty database, places the booths,
 * then serves the API, uploaded files and the web app on one port, with LiveKit beside it
 * when one is installed (or an external one); shuts down gracefully.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import {
  type ApiServices,
  clearPresence,
  createLocalFileStorage,
  createMailer,
  createS3FileStorage,
  createTusFileStore,
  createUploadInbox,
  ensureAllFloorLayouts,
  seedDemo,
} from "@pavilion/api";
import { migrateToLatest, openDatabase, sqliteFileFromDataDir } from "@pavilion/db";
import { roomServiceFor } from "@pavilion/livekit";
import closeWithGrace from "close-with-grace";
import { buildApp } from "./app.ts";
import { ConfigError, loadConfig, type ServerConfig } from "./env.ts";
import { type BackgroundJobs, startBackgroundJobs } from "./jobs.ts";
import { chooseLiveKit, type LiveKitChoice } from "./live-server.ts";
import { type Reconciliation, startReconciliation } from "./reconciliation.ts";

function configOrExit(): ServerConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = configOrExit();
const pretty = config.LOG_PRETTY ?? process.stdout.isTTY;
const logger = {
  level: config.LOG_LEVEL,
  ...(pretty ? { transport: { target: "pino-pretty", options: { translateTime: "HH:MM:ss" } } } : {}),
};

mkdirSync(config.PAVILION_DATA_DIR, { recursive: true });
const db = openDatabase({
  databaseUrl: config.DATABASE_URL,
  sqliteFile: sqliteFileFromDataDir(config.PAVILION_DATA_DIR),
  sqliteSynchronous: config.SQLITE_SYNCHRONOUS,
});
const storage = config.S3_BUCKET
  ? createS3FileStorage({
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      accessKeyId: config.S3_ACCESS_KEY_ID ?? "",
      secretAccessKey: config.S3_SECRET_ACCESS_KEY ?? "",
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      ...(config.S3_ENDPOINT ? { endpoint: config.S3_ENDPOINT } : {}),
    })
  : createLocalFileStorage(path.join(config.PAVILION_DATA_DIR, "files"));
const tusStore = createTusFileStore(path.join(config.PAVILION_DATA_DIR, "uploads"));
let ready = false;
let live: LiveKitChoice = { config: null, local: null };
let reconciliation: Reconciliation | null = null;
let jobs: BackgroundJobs | null = null;

const services: ApiServices = {
  db,
  mailer: createMailer(db, {
    smtpUrl: config.SMTP_URL,
    from: config.MAIL_FROM,
    onDeliveryError: (error, mail) => app.log.warn({ err: error, to: mail.to }, "mail kept in the outbox"),
  }),
  config: {
    publicUrl: config.publicUrl,
    uploads: config.uploads,
  },
  now: () => new Date(),
  storage,
  uploads: createUploadInbox(tusStore),
  egress: config.egress,
};
const app = await buildApp({
  services,
  storage,
  tusStore,
  webDistDir: config.PAVILION_WEB_DIST,
  secureCookies: config.secureCookies,
  logger,
  isReady: () => ready,
});

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, "shutting down after an error");
  else app.log.info({ signal }, "shutting down");
  await reconciliation?.stop();
  await jobs?.stop();
  // LiveKit first: the participant_left webhooks it sends on the way out still reach the app.
  await live.local?.stop();
  await app.close();
  await db.destroy();
});

try {
  live = await chooseLiveKit(config, app.log);
} catch (error) {
  // A LIVEKIT_URL without keys, or a LIVEKIT_SERVER_BIN that is not executable: say which, and stop.
  console.error(`Invalid configuration:\n  ${error instanceof Error ? error.message : String(error)}`);
  await app.close();
  process.exit(1);
}
services.livekit = live.config;

await migrateToLatest(db);
app.log.info({ database: config.DATABASE_URL ? "postgresql" : "sqlite" }, "database migrated");
// A LiveKit started here starts with no rooms: nobody left over from a previous run is still in one.
if (live.local) await clearPresence(db, new Date());
if (config.PAVILION_DEMO) {
  const started = performance.now();
  const demo = await seedDemo(db, storage, { now: new Date(), log: (line) => app.log.info(line) });
  app.log.info(
    { ms: Math.round(performance.now() - started) },
    demo.seeded ? "demo exhibition seeded" : "demo exhibition present",
  );
  for (const account of demo.accounts) {
    app.log.info(`demo account (${account.role}): ${account.email} / ${account.password}`);
  }
}
// Booths follow the approved exhibitors; placing them here covers changes made while stopped.
const placing = performance.now();
const changedBooths = await ensureAllFloorLayouts(db, new Date());
app.log.info({ ms: Math.round(performance.now() - placing), changed: changedBooths }, "booths placed");
await app.listen({ host: config.HOST, port: config.PORT });
ready = true;
// Webhooks can be lost (the app was restarting, a network blip): LiveKit's own list repairs presence.
if (live.config) {
  reconciliation = startReconciliation({
    db,
    rooms: roomServiceFor(live.config),
    now: services.now,
    log: app.log,
  });
}
// Reminders, decision deadlines and mail SMTP did not take at once: every process may run them.
if (config.JOBS) {
  jobs = startBackgroundJobs({
    ...{ db, now: services.now, publicUrl: config.publicUrl, log: app.log },
    ...{ smtpUrl: config.SMTP_URL, mailFrom: config.MAIL_FROM },
  });
}
app.log.info(`Pavilion is open at ${config.publicUrl}`);
