/** /cabinet/:exhibitorId/leads.xlsx and .csv: an exhibitor's leads, filtered as the table is, for its team. */
import { type ApiServices, type LeadExportFormat, leadExport } from "@pavilion/api";
import type { FastifyInstance } from "fastify";
import { sessionUserOf } from "../session.ts";
import { requestLocale } from "../trpc.ts";
import { attachment } from "./file-response.ts";
import { sendRefusal } from "./refusal.ts";

const FORMATS: readonly LeadExportFormat[] = ["xlsx", "csv"];

/** Registers the export in both formats; 401 without a session, 403 for anyone off the exhibitor's team. */
export function registerLeadExports(app: FastifyInstance, services: ApiServices) {
  for (const format of FORMATS) {
    app.get<{ Params: { exhibitorId: string }; Querystring: Record<string, unknown> }>(
      `/cabinet/:exhibitorId/leads.${format}`,
      async (request, reply) => {
        const locale = requestLocale(request);
        try {
          const viewer = await sessionUserOf(services, request);
          const { exhibitorId } = request.params;
          const now = services.now();
          const file = await leadExport(services.db, viewer, exhibitorId, request.query, locale, format, now);
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
      },
    );
  }
}
