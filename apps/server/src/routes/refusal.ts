/** A domain error from a plain HTTP route (not tRPC) as a status and a translated line of text. */
import { AppError } from "@pavilion/api";
import { type SupportedLocale, translate } from "@pavilion/i18n";
import type { AppErrorCode } from "@pavilion/schema";
import type { FastifyReply } from "fastify";

const STATUS: Partial<Record<AppErrorCode, number>> = {
  notFound: 404,
  "auth.signInRequired": 401,
  "auth.forbidden": 403,
  // Gone: the event existed and was called off; calendars and people should stop asking.
  "calendar.eventCancelled": 410,
};

/** Sends the AppError as its status with the message in the locale; rethrows anything else. */
export function sendRefusal(reply: FastifyReply, error: unknown, locale: SupportedLocale) {
  if (!(error instanceof AppError)) throw error;
  const status = STATUS[error.code] ?? 400;
  return reply
    .code(status)
    .header("content-type", "text/plain; charset=utf-8")
    .header("cache-control", "no-store")
    .send(translate(locale, `errors:codes.${error.code}`, error.params));
}
