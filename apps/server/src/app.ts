import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import type { ApiServices, FileStorage } from "@pavilion/api";
import type { FileStore } from "@tus/file-store";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { registerMetrics } from "./metrics.ts";
import { registerAtlas } from "./routes/atlas.ts";
import { registerCalendar } from "./routes/calendar.ts";
import { registerFiles } from "./routes/files.ts";
import { registerHealth } from "./routes/health.ts";
import { registerLeadExports } from "./routes/lead-exports.ts";
import { registerLiveKitWebhook } from "./routes/livekit-webhook.ts";
import { registerMaterialDownload } from "./routes/material-download.ts";
import { registerMyData } from "./routes/my-data.ts";
import { registerRegistrantExports } from "./routes/registrant-exports.ts";
import { registerStatsReport } from "./routes/stats-report.ts";
import { registerUploads } from "./routes/uploads.ts";
import { registerWeb } from "./routes/web.ts";
import { registerTrpc } from "./trpc.ts";

export interface AppOptions {
  services: ApiServices;
  storage: FileStorage;
  /** The tus store resumable uploads are written to; services.uploads must read the same folder. */
  tusStore: FileStore;
  webDistDir: string;
  secureCookies: boolean;
  logger: FastifyServerOptions["logger"];
  isReady: () => boolean;
}

/** Builds the HTTP server: API, files, floor atlases, LiveKit webhooks, web app, health, metrics. Does not listen. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  if (options.tusStore.directory !== options.services.uploads.directory) {
    throw new Error("the tus store and the upload inbox must share one folder");
  }
  const app = Fastify({
    logger: options.logger,
    trustProxy: true,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 5000 },
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        mediaSrc: ["'self'", "blob:"],
        fontSrc: ["'self'", "data:"],
        workerSrc: ["'self'", "blob:"],
        connectSrc: ["'self'", "ws:", "wss:"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  registerMetrics(app);
  registerHealth(app, options.services.db, options.isReady);
  registerFiles(app, options.services.db, options.storage);
  registerMaterialDownload(app, options.services);
  registerCalendar(app, options.services);
  registerRegistrantExports(app, options.services);
  registerLeadExports(app, options.services);
  registerMyData(app, options.services);
  registerStatsReport(app, options.services);
  await registerLiveKitWebhook(app, options.services);
  await registerUploads(app, options.services, options.tusStore);
  registerAtlas(app, options.services.db, options.storage, options.services.now);
  await registerTrpc(app, options.services, options.secureCookies);
  await registerWeb(app, options.webDistDir);
  return app;
}
