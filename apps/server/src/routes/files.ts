import type { FileStorage } from "@pavilion/api";
import type { Database } from "@pavilion/db";
import type { FastifyInstance } from "fastify";

// Only these are shown inline; anything else is a download, never rendered from our origin.
const inlineTypes = new Set(["image/png", "image/jpeg", "image/webp", "video/mp4", "video/webm"]);

/** Serves stored files by content id, immutable, with a safe type and no sniffing. */
export function registerFiles(app: FastifyInstance, db: Database, storage: FileStorage) {
  app.get<{ Params: { id: string } }>("/files/:id", async (request, reply) => {
    const { id } = request.params;
    if (!/^[0-9a-f]{64}$/.test(id)) return reply.code(404).send({ error: "not found" });
    const file = await db
      .selectFrom("files")
      .select(["mime", "size"])
      .where("id", "=", id)
      .executeTakeFirst();
    const bytes = file ? await storage.read(id) : null;
    if (!file || !bytes) return reply.code(404).send({ error: "not found" });
    const inline = inlineTypes.has(file.mime);
    return reply
      .header("content-type", inline ? file.mime : "application/octet-stream")
      .header("content-disposition", inline ? "inline" : `attachment; filename="${id.slice(0, 12)}"`)
      .header("x-content-type-options", "nosniff")
      .header("cache-control", "public, max-age=31536000, immutable")
      .send(Buffer.from(bytes));
  });
}
