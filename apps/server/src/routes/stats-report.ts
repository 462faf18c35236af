/** /cabinet/:exhibitorId/stats.xlsx and stats.csv: an exhibitor's statistics for its own team. */
import { type ApiServices, type StatsReportFormat, statsReportFile } from "@pavilion/api";
import type { FastifyInstance } from "fastify";
import { sessionUserOf } from "../session.ts";
import { requestLocale } from "../trpc.ts";
import { attachment } from "./file-response.ts";
import { sendRefusal } from "./refusal.ts";

const FORMATS: readonly StatsReportFormat[] = ["xlsx", "csv"];

/**
 * Registers the report in both formats (?from=YYYY-MM-DD&to=YYYY-MM-DD, the exhibition's days by
 * default); 401 without a session, 403 for anyone outside the exhibitor's team, 400 for a bad period.
 */
export function registerStatsReport(app: FastifyInstance, services: ApiServices) {
  for (const format of FORMATS) {
    app.get<{ Params: { exhibitorId: string }; Querystring: Record<string, string | undefined> }>(
      `/cabinet/:exhibitorId/stats.${format}`,
      async (request, reply) => {
        const locale = requestLocale(request);
        try {
          const viewer = await sessionUserOf(services, request);
          const file = await statsReportFile(
            services.db,
            viewer,
            { exhibitorId: request.params.exhibitorId, from: request.query.from, to: request.query.to },
            locale,
            format,
            services.now(),
          );
          return reply
            .header("content-type", file.contentType)
            .header("content-disposition", attachment(file.fileName))
            .header("content-length", file.body.length)
            .header("cache-control", "private, no-store")
            .header("x-content-type-options", "nosniff")
            .send(file.body);
        } catch (error) {
          return sendRefusal(reply, error, locale);
        }
      },
    );
  }
}
