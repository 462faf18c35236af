import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import type { ApiServices, FileStorage } from "@pavilion/api";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { registerMetrics } from "./metrics.ts";
import { registerAtlas } from "./routes/atlas.ts";
import { registerFiles } from "./routes/files.ts";
import { registerHealth } from "./routes/health.ts";
import { registerWeb } from "./routes/web.ts";
import { registerTrpc } from "./trpc.ts";

export interface AppOptions {
  services: ApiServices;
  storage: FileStorage;
  webDistDir: string;
  secureCookies: boolean;
  logger: FastifyServerOptions["logger"];
  isReady: () => boolean;
}

/** Builds the HTTP server: API, files, floor atlases, web app, health and metrics. Does not listen. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
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
  registerAtlas(app, options.services.db, options.storage, options.services.now);
  await registerTrpc(app, options.services, options.secureCookies);
  await registerWeb(app, options.webDistDir);
  return app;
}
