/**
 * Resumable uploads (the tus protocol) at /uploads, into the folder the API's inbox
 * reads. Every request needs a session; an upload is created only for a company the
 * person works for, within the size limit and the company's remaining storage, and is
 * stamped with the uploader's id, so nobody else can see, resume or delete it.
 */
import {
  type ApiServices,
  isUploadPurpose,
  largestLimitFor,
  quotaOf,
  sanitizeFileName,
  sizeParam,
} from "@pavilion/api";
import { type SupportedLocale, translate } from "@pavilion/i18n";
import type { AppErrorCode, SessionUser } from "@pavilion/schema";
import type { FileStore } from "@tus/file-store";
import { Server } from "@tus/server";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { sessionUserOf } from "../session.ts";
import { requestLocale } from "../trpc.ts";

const PATH = "/uploads";
const CLEAN_EVERY_MS = 60 * 60 * 1000;

interface Uploader {
  user: SessionUser;
  locale: SupportedLocale;
}

/** A refusal tus sends as it is: a status and a plain-text message in the person's language. */
interface Refusal {
  status_code: number;
  body: string;
}

function refusal(
  status: number,
  locale: SupportedLocale,
  code: AppErrorCode,
  params?: Record<string, string>,
): Refusal {
  return { status_code: status, body: `${translate(locale, `errors:codes.${code}`, params)}\n` };
}

/** Mounts the tus endpoint on the shared store and deletes expired uploads now and hourly. */
export async function registerUploads(app: FastifyInstance, services: ApiServices, store: FileStore) {
  // Who sent each request being handled (by its Node request), for the creation hook.
  const uploaders = new WeakMap<object, Uploader>();
  const tus = new Server({
    path: PATH,
    datastore: store,
    relativeLocation: true,
    // Same-origin only: no Access-Control-Allow-Origin for anyone.
    allowedOrigins: [],
    // A hard ceiling for any upload; each purpose has its own, checked at creation.
    maxSize: Math.max(...Object.values(services.config.uploads.limits)),
    async onUploadCreate(req, upload) {
      const raw = req.runtime?.node?.req;
      const uploader = raw ? uploaders.get(raw) : undefined;
      if (!uploader) throw refusal(401, "en", "auth.signInRequired");
      return { metadata: await checkNewUpload(services, uploader, upload) };
    },
  });

  async function handle(request: FastifyRequest, reply: FastifyReply) {
    const locale = requestLocale(request);
    const user = await sessionUserOf(services, request);
    const plain = (status: number, code: AppErrorCode) =>
      reply
        .code(status)
        .header("tus-resumable", "1.0.0")
        .type("text/plain; charset=utf-8")
        .send(`${translate(locale, `errors:codes.${code}`)}\n`);
    if (!user) return plain(401, "auth.signInRequired");
    const id = uploadIdOf(request.url);
    if (request.method === "GET") return plain(404, "notFound"); // uploaded bytes are never served back
    if (request.method === "POST" && id !== null) return plain(404, "notFound");
    if (id !== null) {
      // Another person's upload is answered exactly like one that does not exist.
      const upload = await services.uploads.get(id);
      if (!upload || upload.metadata.userId !== user.id) return plain(404, "notFound");
    }
    uploaders.set(request.raw, { user, locale });
    reply.hijack();
    await tus.handle(request.raw, reply.raw);
  }

  await app.register(async (scope) => {
    // tus streams the body itself: leave it unread.
    scope.addContentTypeParser("application/offset+octet-stream", (_request, _payload, done) => done(null));
    scope.all(PATH, handle);
    scope.all(`${PATH}/*`, handle);
  });

  const clean = () =>
    store.deleteExpired().then(
      (count) => count > 0 && app.log.info({ count }, "expired uploads deleted"),
      (error: unknown) => app.log.warn({ err: error }, "could not delete expired uploads"),
    );
  app.addHook("onReady", async () => {
    await clean();
  });
  const timer = setInterval(clean, CLEAN_EVERY_MS);
  timer.unref();
  app.addHook("onClose", async () => clearInterval(timer));
}

/**
 * Checks a new upload against what the person may do, and returns the metadata to keep:
 * only the checked keys, with the uploader's id from the session.
 */
async function checkNewUpload(
  services: ApiServices,
  { user, locale }: Uploader,
  upload: { size?: number | undefined; metadata?: Record<string, string | null> | undefined },
): Promise<Record<string, string>> {
  const { exhibitorId, purpose, filename } = upload.metadata ?? {};
  // Organisers upload images of no company: portraits of the programme's speakers (no quota).
  const organiserImage = !exhibitorId && user.role === "organiser" && purpose === "logo";
  if (!organiserImage && (!exhibitorId || !user.memberships.some((m) => m.exhibitorId === exhibitorId))) {
    throw refusal(403, locale, "auth.forbidden");
  }
  // A deferred length cannot be checked against limits: the browser always knows the size.
  if (!isUploadPurpose(purpose) || upload.size === undefined)
    throw refusal(400, locale, "validation.invalid");
  if (upload.size <= 0) throw refusal(400, locale, "upload.empty");
  const limit = largestLimitFor(purpose, services.config.uploads.limits);
  if (upload.size > limit) {
    throw refusal(413, locale, "upload.tooLarge", {
      ...sizeParam("size", upload.size),
      ...sizeParam("limit", limit),
    });
  }
  if (organiserImage)
    return { userId: user.id, exhibitorId: "", purpose, filename: sanitizeFileName(filename ?? "") };
  const quota = await quotaOf(services, exhibitorId ?? "");
  const remaining = Math.max(0, quota.quotaBytes - quota.usedBytes);
  if (upload.size > remaining) {
    throw refusal(413, locale, "upload.quotaExceeded", {
      ...sizeParam("size", upload.size),
      ...sizeParam("remaining", remaining),
      ...sizeParam("quota", quota.quotaBytes),
    });
  }
  return {
    userId: user.id,
    exhibitorId: exhibitorId ?? "",
    purpose,
    filename: sanitizeFileName(filename ?? ""),
  };
}

/** The upload id in /uploads/<id>, or null for /uploads itself. */
function uploadIdOf(url: string): string | null {
  const path = url.split("?")[0] ?? "";
  const rest = path.slice(PATH.length).replace(/^\/+/, "");
  if (rest === "") return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return "-"; // malformed: matches no upload
  }
}
