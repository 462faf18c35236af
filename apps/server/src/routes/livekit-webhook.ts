/**
 * POST /livekit/webhook: LiveKit's signed webhooks (room started, participant joined or left,
 * track published...), applied to presence once each. The body is read raw: the signature
 * covers its exact bytes.
 */
import { type ApiServices, applyWebhook } from "@pavilion/api";
import { verifyWebhook, WebhookVerificationError } from "@pavilion/livekit";
import type { FastifyInstance } from "fastify";

/** Webhooks are a few kilobytes; anything much larger is not one. */
const BODY_LIMIT = 256 * 1024;

/** Registers the route; it answers 503 while no LiveKit server is configured. */
export async function registerLiveKitWebhook(app: FastifyInstance, services: ApiServices) {
  await app.register(async (scope) => {
    // Only this scope reads bodies as text, whatever their type (LiveKit sends application/webhook+json).
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "string", bodyLimit: BODY_LIMIT }, (_request, body, done) =>
      done(null, body),
    );
    scope.post("/livekit/webhook", { bodyLimit: BODY_LIMIT }, async (request, reply) => {
      const livekit = services.livekit;
      if (!livekit) return reply.code(503).send({ error: "live rooms are not configured" });
      const body = typeof request.body === "string" ? request.body : "";
      let event: Awaited<ReturnType<typeof verifyWebhook>>;
      try {
        event = await verifyWebhook(livekit, body, request.headers.authorization);
      } catch (error) {
        if (!(error instanceof WebhookVerificationError)) throw error;
        request.log.warn({ reason: error.message }, "LiveKit webhook refused");
        return reply.code(401).send({ error: "invalid signature" });
      }
      const outcome = await applyWebhook(services.db, event, services.now());
      request.log.debug({ event: event.event, id: event.id, outcome }, "LiveKit webhook");
      return { outcome };
    });
  });
}
