import type { Database } from "@pavilion/db";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";

/** Liveness (the process answers) and readiness (migrated, seeded, database reachable). */
export function registerHealth(app: FastifyInstance, db: Database, isReady: () => boolean) {
  app.get("/health/live", async () => ({ status: "ok" }));
  app.get("/health/ready", async (_request, reply) => {
    if (!isReady()) return reply.code(503).send({ status: "starting" });
    try {
      await sql`select 1`.execute(db);
      return { status: "ok" };
    } catch (error) {
      app.log.error({ err: error }, "readiness check: database unreachable");
      return reply.code(503).send({ status: "database unavailable" });
    }
  });
}
