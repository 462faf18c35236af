/** /materials/:id/download: a booth material's file as a download, counted when a visitor takes it. */
import { type ApiServices, openMaterialDownload } from "@pavilion/api";
import type { FastifyInstance } from "fastify";
import { sessionUserOf } from "../session.ts";
import { attachment, fileSafetyHeaders, safeType } from "./file-response.ts";

/** Sends visible materials to anyone and drafts to the exhibitor's staff and organisers; 404 otherwise. */
export function registerMaterialDownload(app: FastifyInstance, services: ApiServices) {
  // No automatic HEAD route: a HEAD must not count as a download.
  app.get<{ Params: { id: string } }>(
    "/materials/:id/download",
    { exposeHeadRoute: false },
    async (request, reply) => {
      const notFound = () => reply.code(404).send({ error: "not found" });
      const viewer = await sessionUserOf(services, request);
      const download = await openMaterialDownload(services.db, request.params.id, viewer, services.now());
      if (!download) return notFound();
      const stream = await services.storage.stream(download.fileId);
      if (!stream) return notFound();
      return fileSafetyHeaders(reply)
        .header("content-type", safeType(download.mime))
        .header("content-disposition", attachment(download.fileName))
        .header("content-length", download.size)
        .header("cache-control", "private, no-cache")
        .send(stream);
    },
  );
}
