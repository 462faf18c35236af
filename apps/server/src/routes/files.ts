/** Stored files by content id at /files/:id: streamed, immutable, with byte ranges and safe headers. */
import { type FileStorage, isFileId } from "@pavilion/api";
import type { Database } from "@pavilion/db";
import type { FastifyInstance } from "fastify";
import { fileSafetyHeaders, isInline, parseRange, safeType } from "./file-response.ts";

const extensions: Record<string, string> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/vnd.oasis.opendocument.presentation": "odp",
};

/** Serves stored files; never as HTML or SVG, downloads for anything but images and videos. */
export function registerFiles(app: FastifyInstance, db: Database, storage: FileStorage) {
  app.get<{ Params: { id: string } }>("/files/:id", async (request, reply) => {
    const { id } = request.params;
    const notFound = () => reply.code(404).send({ error: "not found" });
    if (!isFileId(id)) return notFound();
    const file = await db
      .selectFrom("files")
      .select(["mime", "size"])
      .where("id", "=", id)
      .executeTakeFirst();
    if (!file) return notFound();
    const size = Number(file.size);
    // The id is the content's hash: the same URL always means the same bytes.
    const etag = `"${id}"`;
    fileSafetyHeaders(reply)
      .header("etag", etag)
      .header("accept-ranges", "bytes")
      .header("cache-control", "public, max-age=31536000, immutable");
    if (request.headers["if-none-match"] === etag) return reply.code(304).send();
    const range = parseRange(request.headers.range, size);
    if (range === "unsatisfiable") return reply.code(416).header("content-range", `bytes */${size}`).send();
    const stream = await storage.stream(id, range ?? undefined);
    if (!stream) return notFound();
    const type = safeType(file.mime);
    reply
      .header("content-type", type)
      .header(
        "content-disposition",
        isInline(type) ? "inline" : `attachment; filename="${id.slice(0, 12)}.${extensions[type] ?? "bin"}"`,
      );
    if (range) {
      reply
        .code(206)
        .header("content-range", `bytes ${range.start}-${range.end}/${size}`)
        .header("content-length", range.end - range.start + 1);
    } else {
      reply.header("content-length", size);
    }
    return reply.send(stream);
  });
}
