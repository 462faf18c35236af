/** Delivering CRM webhooks to a real local HTTP server that answers, refuses, is down or hangs. */
import { TEST_ENGINES } from "@pavilion/db/testing";
import { webhookPayloadSchema } from "@pavilion/schema";
import { afterEach, describe, expect } from "vitest";
import { profile } from "../cabinet/test-fixtures.ts";
import { deliverDueWebhooks, MAX_WEBHOOK_ATTEMPTS, startCrmDispatcher } from "./dispatcher.ts";
import { queueLeadWebhook } from "./queue.ts";
import { verifyWebhookSignature } from "./signature.ts";
import {
  type CrmTestApi,
  closedPortUrl,
  insertLead,
  type Receiver,
  startReceiver,
  storedDeliveries,
  useCrmTestApi,
} from "./test-fixtures.ts";

describe.each(TEST_ENGINES)("delivering CRM webhooks on %s", (engine) => {
  const { run, get } = useCrmTestApi(engine);
  const receivers: Receiver[] = [];
  afterEach(async () => {
    for (const receiver of receivers.splice(0)) await receiver.close();
  });

  async function receiver(...answers: Parameters<typeof startReceiver>[0]) {
    const made = await startReceiver(answers);
    receivers.push(made);
    return made;
  }
  /** Saves the webhook to `url` and answers the secret shown once. */
  async function webhookTo(api: CrmTestApi, url: string): Promise<string> {
    const saved = await api.owner.api.crm.save({ exhibitorId: api.exhibitorId, url, enabled: true });
    if (!saved.secret) throw new Error("the first save shows the secret");
    return saved.secret;
  }
  /** A lead made and queued in one transaction, as the rollup does. */
  async function newLead(api: CrmTestApi): Promise<string> {
    const leadId = await insertLead(api);
    await api.t.db
      .transaction()
      .execute((trx) => queueLeadWebhook(trx, leadId, "lead.created", api.t.clock.now));
    return leadId;
  }
  const deliver = (api: CrmTestApi, timeoutMs?: number) =>
    deliverDueWebhooks(api.t.db, () => api.t.clock.now, timeoutMs === undefined ? {} : { timeoutMs });

  run("signs each delivery so the CRM can check it with the secret", async () => {
    const api = get();
    const crm = await receiver(200);
    const secret = await webhookTo(api, crm.url);
    const leadId = await newLead(api);
    expect(await deliver(api)).toBe(1);

    const [request, ...more] = crm.requests;
    expect(more).toEqual([]);
    const [row] = await storedDeliveries(api);
    expect(request?.method).toBe("POST");
    expect(request?.headers).toMatchObject({
      "content-type": "application/json",
      "x-pavilion-event": "lead.created",
      "x-pavilion-delivery": row?.id,
      "x-pavilion-timestamp": String(api.t.clock.now.getTime() / 1000),
    });
    const body = request?.body ?? "";
    const timestamp = String(request?.headers["x-pavilion-timestamp"]);
    const signature = String(request?.headers["x-pavilion-signature"]);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(secret, timestamp, body, signature)).toBe(true);
    expect(verifyWebhookSignature(`${secret}x`, timestamp, body, signature)).toBe(false);
    expect(verifyWebhookSignature(secret, timestamp, body.replace("new", "won"), signature)).toBe(false);
    expect(verifyWebhookSignature(secret, String(Number(timestamp) + 1), body, signature)).toBe(false);
    expect(webhookPayloadSchema.parse(JSON.parse(body))).toMatchObject({ id: row?.id, lead: { id: leadId } });
    expect(body).toBe(row?.payload);
    expect(row).toMatchObject({ state: "delivered", attempts: 1, last_status: 200, last_error: null });
    expect(await deliver(api)).toBe(0);
  });

  run("delivers on its own every interval once started, until stopped", async () => {
    const api = get();
    const crm = await receiver(200);
    await webhookTo(api, crm.url);
    const stop = startCrmDispatcher({ db: api.t.db, intervalMs: 20, now: () => api.t.clock.now });
    try {
      await newLead(api);
      await crm.received(1);
    } finally {
      await stop();
    }
    const [row] = await storedDeliveries(api);
    expect(row?.state).toBe("delivered");
  });

  run("retries a delivery the CRM refused after its backoff, and logs both attempts", async () => {
    const api = get();
    const crm = await receiver(500, 200);
    await webhookTo(api, crm.url);
    await newLead(api);
    const failedAt = api.t.clock.now;
    expect(await deliver(api)).toBe(0);
    const [first] = await api.owner.api.crm.deliveries({ exhibitorId: api.exhibitorId });
    expect(first).toMatchObject({
      state: "pending",
      attempts: 1,
      lastStatus: 500,
      lastError: "HTTP 500: CRM is down",
    });
    expect(first?.nextAttemptAt).toBe(new Date(failedAt.getTime() + 60_000).toISOString());

    api.t.clock.advance(30_000);
    expect(await deliver(api)).toBe(0);
    expect(crm.requests).toHaveLength(1);
    api.t.clock.advance(31_000);
    expect(await deliver(api)).toBe(1);
    expect(await api.owner.api.crm.deliveries({ exhibitorId: api.exhibitorId })).toEqual([
      expect.objectContaining({
        state: "delivered",
        attempts: 2,
        lastStatus: 200,
        lastError: null,
        nextAttemptAt: null,
      }),
    ]);
    const ids = crm.requests.map((request) => request.headers["x-pavilion-delivery"]);
    expect(ids).toEqual([first?.id, first?.id]);
  });

  run("gives a CRM that is down eight tries over a day and a half, then fails the delivery", async () => {
    const api = get();
    await webhookTo(api, await closedPortUrl());
    await newLead(api);
    const started = api.t.clock.now.getTime();
    for (let attempt = 1; attempt <= MAX_WEBHOOK_ATTEMPTS; attempt += 1) {
      expect(await deliver(api)).toBe(0);
      const [row] = await api.owner.api.crm.deliveries({ exhibitorId: api.exhibitorId });
      expect(row).toMatchObject({ attempts: attempt, lastStatus: null });
      expect(row?.lastError).toMatch(/ECONNREFUSED/);
      if (attempt < MAX_WEBHOOK_ATTEMPTS) {
        expect(row?.state).toBe("pending");
        api.t.clock.now = new Date(Date.parse(row?.nextAttemptAt ?? ""));
      } else {
        expect(row).toMatchObject({ state: "failed", nextAttemptAt: null });
      }
    }
    // 1 min + 5 min + 30 min + 2 h + 6 h + 12 h + 24 h.
    expect(api.t.clock.now.getTime() - started).toBe((1 + 5 + 30 + 120 + 360 + 720 + 1440) * 60_000);
    api.t.clock.advance(7 * 86_400_000);
    expect(await deliver(api)).toBe(0);
    expect((await storedDeliveries(api))[0]?.attempts).toBe(MAX_WEBHOOK_ATTEMPTS);
  });

  run(
    "keeps the database free for other writes while a CRM hangs, and sends the newest state next",
    async () => {
      const api = get();
      const crm = await receiver("hang", 200);
      await webhookTo(api, crm.url);
      const leadId = await newLead(api);

      let settled = false;
      const inFlight = deliver(api, 1_500).finally(() => {
        settled = true;
      });
      await crm.received(1);
      // While the CRM holds the request: a lead changes (and queues its update) and a profile is saved.
      api.t.clock.advance(1_000);
      await api.t.db.transaction().execute(async (trx) => {
        await trx.updateTable("leads").set({ status: "contacted" }).where("id", "=", leadId).execute();
        await queueLeadWebhook(trx, leadId, "lead.updated", api.t.clock.now);
      });
      const draft = await api.owner.api.cabinet.saveProfile({
        exhibitorId: api.exhibitorId,
        profile: profile(),
      });
      expect(draft.profile.name.en).toBe("Dairy Farm");
      // Another pass meanwhile leaves the lead alone: its older state is still in flight.
      expect(await deliver(api)).toBe(0);
      expect(settled).toBe(false);
      expect(crm.requests).toHaveLength(1);

      expect(await inFlight).toBe(0);
      const rows = await storedDeliveries(api);
      // The hung one is not retried: the change waits in a delivery of its own, and the CRM,
      // which never accepted the creation, gets it as one.
      expect(rows.map((row) => [row.event, row.state, row.attempts])).toEqual([
        ["lead.created", "failed", 1],
        ["lead.created", "pending", 0],
      ]);
      expect(rows[0]?.last_error).toBe("No answer within 1500 ms (replaced by a newer delivery)");
      expect(rows[0]?.last_duration_ms).toBeGreaterThanOrEqual(1_400);

      expect(await deliver(api)).toBe(1);
      const sent = webhookPayloadSchema.parse(JSON.parse(crm.requests[1]?.body ?? ""));
      expect(sent).toMatchObject({ id: rows[1]?.id, event: "lead.created", lead: { status: "contacted" } });
    },
  );
});
