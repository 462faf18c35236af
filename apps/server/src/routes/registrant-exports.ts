/** /events/:id/registrants.xlsx and .csv: an event's registrants for its hosts and organisers. */
import { type ApiServices, type RegistrantExportFormat, registrantExport } from "@pavilion/api";
import type { FastifyInstance } from "fastify";
import { sessionUserOf } from "../session.ts";
import { requestLocale } from "../trpc.ts";
import { attachment } from "./file-response.ts";
import { sendRefusal } from "./refusal.ts";

const FORMATS: readonly RegistrantExportFormat[] = ["xlsx", "csv"];

/** Registers the export in both formats; 401 without a session, 403 for anyone but hosts and organisers. */
export function registerRegistrantExports(app: FastifyInstance, services: ApiServices) {
  for (const format of FORMATS) {
    app.get<{ Params: { id: string } }>(`/events/:id/registrants.${format}`, async (request, reply) => {
      const locale = requestLocale(request);
      try {
        const viewer = await sessionUserOf(services, request);
        const file = await registrantExport(services.db, viewer, request.params.id, locale, format);
        return (
          reply
            .header("content-type", file.contentType)
            .header("content-disposition", attachment(file.fileName))
            .header("content-length", file.body.length)
            // Personal data: never kept by a shared cache or the browser's.
            .header("cache-control", "private, no-store")
            .header("x-content-type-options", "nosniff")
            .send(file.body)
        );
      } catch (error) {
        return sendRefusal(reply, error, locale);
      }
    });
  }
}
