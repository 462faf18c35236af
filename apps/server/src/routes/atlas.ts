import { type FileStorage, floorAtlasFile } from "@pavilion/api";
import type { Database } from "@pavilion/db";
import type { FastifyInstance } from "fastify";

const FLOOR_ID = /^[\w-]{1,100}$/;
const VERSION = /^[0-9a-f]{20}$/;

/**
 * Serves a floor's logo atlas under a versioned URL (the plan names the version), built on
 * first request; a version the floor no longer has is 404, so a cached URL never changes meaning.
 */
export function registerAtlas(app: FastifyInstance, db: Database, storage: FileStorage, now: () => Date) {
  app.get<{ Params: { floorId: string; version: string } }>(
    "/floors/:floorId/atlas/:version.png",
    async (request, reply) => {
      const { floorId, version } = request.params;
      if (!FLOOR_ID.test(floorId) || !VERSION.test(version))
        return reply.code(404).send({ error: "not found" });
      const fileId = await floorAtlasFile(db, storage, floorId, version, now());
      const bytes = fileId ? await storage.read(fileId) : null;
      if (!bytes) return reply.code(404).send({ error: "not found" });
      return reply
        .header("content-type", "image/png")
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "public, max-age=31536000, immutable")
        .send(Buffer.from(bytes));
    },
  );
}
