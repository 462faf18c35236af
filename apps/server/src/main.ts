/**
 * Pavilion's server: migrates, seeds the demo on an empty database, places the booths,
 * then serves the API, uploaded files and the web app on one port; shuts down gracefully.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import {
  createLocalFileStorage,
  createMailer,
  createS3FileStorage,
  createTusFileStore,
  createUploadInbox,
  ensureAllFloorLayouts,
  seedDemo,
} from "@pavilion/api";
import { migrateToLatest, openDatabase, sqliteFileFromDataDir } from "@pavilion/db";
import closeWithGrace from "close-with-grace";
import { buildApp } from "./app.ts";
import { ConfigError, loadConfig, type ServerConfig } from "./env.ts";

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

const app = await buildApp({
  services: {
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
  },
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
  await app.close();
  await db.destroy();
});

await migrateToLatest(db);
app.log.info({ database: config.DATABASE_URL ? "postgresql" : "sqlite" }, "database migrated");
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
app.log.info(`Pavilion is open at ${config.publicUrl}`);
