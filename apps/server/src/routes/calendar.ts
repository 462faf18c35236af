/**
 * Calendar files: /events/:id.ics (one event, for "add to calendar") and /calendar/:token.ics
 * (a person's private feed of what they registered for, which calendar apps poll).
 */
import { type ApiServices, AppError, calendarFeedFile, eventCalendarFile } from "@pavilion/api";
import type { FastifyInstance } from "fastify";
import { sessionUserOf } from "../session.ts";
import { requestLocale } from "../trpc.ts";
import { attachment } from "./file-response.ts";
import { sendRefusal } from "./refusal.ts";

const CALENDAR_TYPE = "text/calendar; charset=utf-8";

/** Registers both calendar routes. */
export function registerCalendar(app: FastifyInstance, services: ApiServices) {
  app.get<{ Params: { id: string } }>("/events/:id.ics", async (request, reply) => {
    const locale = requestLocale(request);
    try {
      const viewer = await sessionUserOf(services, request);
      const file = await eventCalendarFile(
        services.db,
        viewer,
        request.params.id,
        locale,
        services.config.publicUrl,
      );
      return reply
        .header("content-type", CALENDAR_TYPE)
        .header("content-disposition", attachment(file.fileName))
        .header("cache-control", "private, no-cache")
        .send(file.text);
    } catch (error) {
      return sendRefusal(reply, error, locale);
    }
  });

  app.get<{ Params: { token: string } }>("/calendar/:token.ics", async (request, reply) => {
    const feed = await calendarFeedFile(services.db, request.params.token, services.config.publicUrl);
    if (!feed) return sendRefusal(reply, new AppError("notFound"), requestLocale(request));
    return (
      reply
        .header("content-type", CALENDAR_TYPE)
        .header("content-disposition", `inline; ${attachment(feed.fileName).replace(/^attachment; /, "")}`)
        // The address is the secret: no shared cache may keep a copy.
        .header("cache-control", "private, no-store")
        .header("referrer-policy", "no-referrer")
        .send(feed.text)
    );
  });
}
