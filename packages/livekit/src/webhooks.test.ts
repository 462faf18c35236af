import { describe, expect, it } from "vitest";
import { signWebhookBody } from "./testing/webhooks.ts";
import { verifyWebhook, WebhookVerificationError } from "./webhooks.ts";

const keys = { apiKey: "test-key", apiSecret: "test-secret-that-is-long-enough-for-hs256" };

const body = JSON.stringify({
  event: "participant_joined",
  id: "EV_1",
  createdAt: "1795453469",
  room: { sid: "RM_1", name: "booth_0b6f6c1e-5d0e-4c4e-9a55-0d1c3b1f8f20" },
  participant: { sid: "PA_1", identity: "user-1", name: "Anna", metadata: '{"role":"staff"}' },
  futureField: { anything: true },
});

describe("verifyWebhook", () => {
  it("reads a webhook signed with the key pair into plain data", async () => {
    const event = await verifyWebhook(keys, body, await signWebhookBody(keys, body));
    expect(event).toEqual({
      id: "EV_1",
      event: "participant_joined",
      createdAt: new Date(1795453469 * 1000),
      room: { sid: "RM_1", name: "booth_0b6f6c1e-5d0e-4c4e-9a55-0d1c3b1f8f20" },
      participant: { sid: "PA_1", identity: "user-1", name: "Anna", metadata: '{"role":"staff"}' },
      track: null,
    });
  });

  it("names the source of a published track", async () => {
    const trackBody = JSON.stringify({
      ...{ event: "track_published", id: "EV_2", createdAt: "1" },
      track: { sid: "TR_1", source: "SCREEN_SHARE" },
    });
    const event = await verifyWebhook(keys, trackBody, await signWebhookBody(keys, trackBody));
    expect(event.track).toEqual({ sid: "TR_1", source: "screen_share" });
  });

  it("refuses a body without a signature, with another secret's, or changed after signing", async () => {
    const forged = await signWebhookBody({ ...keys, apiSecret: "another-secret-another-secret!!" }, body);
    const signed = await signWebhookBody(keys, body);
    await expect(verifyWebhook(keys, body, undefined)).rejects.toThrow(WebhookVerificationError);
    await expect(verifyWebhook(keys, body, forged)).rejects.toThrow(WebhookVerificationError);
    await expect(verifyWebhook(keys, body.replace("staff", "admin"), signed)).rejects.toThrow(/sha256/);
  });

  it("refuses a signed body that is not a webhook event", async () => {
    for (const text of ["not json", JSON.stringify({ event: "room_started" })]) {
      await expect(verifyWebhook(keys, text, await signWebhookBody(keys, text))).rejects.toThrow(
        WebhookVerificationError,
      );
    }
  });
});
