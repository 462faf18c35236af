/** /me/data.json: everything Pavilion keeps about the signed-in person, as a file they download. */
import { type ApiServices, AppError, myDataDownload } from "@pavilion/api";
import type { FastifyInstance } from "fastify";
import { sessionUserOf } from "../session.ts";
import { requestLocale } from "../trpc.ts";
import { attachment } from "./file-response.ts";
import { sendRefusal } from "./refusal.ts";

/** Registers the download; 401 without a session. */
export function registerMyData(app: FastifyInstance, services: ApiServices) {
  app.get("/me/data.json", async (request, reply) => {
    const locale = requestLocale(request);
    try {
      const viewer = await sessionUserOf(services, request);
      const now = services.now();
      const data = viewer ? await myDataDownload(services.db, viewer.id, now) : null;
      if (!data) throw new AppError("auth.signInRequired");
      const body = Buffer.from(JSON.stringify(data, null, 2), "utf8");
      return reply
        .header("content-type", "application/json; charset=utf-8")
        .header("content-disposition", attachment(`pavilion-my-data-${now.toISOString().slice(0, 10)}.json`))
        .header("cache-control", "private, no-store")
        .header("x-content-type-options", "nosniff")
        .send(body);
    } catch (error) {
      return sendRefusal(reply, error, locale);
    }
  });
}
