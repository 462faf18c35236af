/** The cabinet's CRM webhook procedures: the secret shown once, safe addresses, "send test", who may do what. */
import { TEST_ENGINES } from "@pavilion/db/testing";
import { webhookPayloadSchema } from "@pavilion/schema";
import { afterEach, describe, expect } from "vitest";
import { appError } from "../services/cabinet/test-fixtures.ts";
import { deliverDueWebhooks } from "../services/crm/dispatcher.ts";
import { verifyWebhookSignature } from "../services/crm/signature.ts";
import {
  type CrmTestApi,
  closedPortUrl,
  insertLead,
  type Receiver,
  startReceiver,
  useCrmTestApi,
} from "../services/crm/test-fixtures.ts";
import { failure } from "../testing/index.ts";

describe.each(TEST_ENGINES)("the CRM webhook in the cabinet on %s", (engine) => {
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
  const scope = (api: CrmTestApi) => ({ exhibitorId: api.exhibitorId });
  async function staffOf(api: CrmTestApi) {
    const staff = await api.t.signedIn();
    await api.t.db
      .insertInto("members")
      .values({
        exhibitor_id: api.exhibitorId,
        user_id: staff.userId,
        role: "staff",
        created_at: api.t.clock.now.toISOString(),
      })
      .execute();
    return staff;
  }

  run("shows the secret in full only when it is made, and never after", async () => {
    const api = get();
    const crm = await receiver(200);
    expect(await api.owner.api.crm.get(scope(api))).toBeNull();
    const first = await api.owner.api.crm.save({ ...scope(api), url: crm.url, enabled: true });
    const secret = first.secret ?? "";
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const hint = `…${secret.slice(-4)}`;
    expect(first).toMatchObject({ url: crm.url, enabled: true, secretHint: hint });

    const again = await api.owner.api.crm.save({ ...scope(api), url: `${crm.url}?v=2`, enabled: false });
    expect(again).toMatchObject({ secret: null, secretHint: hint, enabled: false });
    const staff = await staffOf(api);
    const seen = [
      await api.owner.api.crm.get(scope(api)),
      await staff.api.crm.get(scope(api)),
      await staff.api.crm.sendTest(scope(api)),
      await api.owner.api.crm.deliveries(scope(api)),
      appError(await failure(api.owner.api.crm.save({ ...scope(api), url: "ftp://crm.example" }))),
      (await failure(staff.api.crm.rotateSecret(scope(api)))).message,
    ];
    expect(seen[0]).toEqual({
      url: `${crm.url}?v=2`,
      enabled: false,
      secretHint: hint,
      updatedAt: expect.any(String),
    });
    for (const answer of seen) expect(JSON.stringify(answer)).not.toContain(secret.slice(0, 8));

    // The test went out signed with that secret, even while the webhook is off.
    const [request] = crm.requests;
    const { "x-pavilion-timestamp": timestamp, "x-pavilion-signature": signature } = request?.headers ?? {};
    expect(verifyWebhookSignature(secret, String(timestamp), request?.body ?? "", String(signature))).toBe(
      true,
    );

    const rotated = await api.owner.api.crm.rotateSecret(scope(api));
    expect(rotated.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(rotated.secret).not.toBe(secret);
    expect((await api.owner.api.crm.get(scope(api)))?.secretHint).toBe(`…${rotated.secret?.slice(-4)}`);
  });

  run(
    "refuses addresses of metadata services, link-local ones, the app itself and non-http ones",
    async () => {
      const api = get();
      const refused = [
        "http://169.254.169.254/latest/meta-data/",
        "https://169.254.10.1:8443/hook",
        "http://[fe80::1]/hook",
        "http://[::ffff:169.254.169.254]/",
        "http://pavilion.test/api/trpc/crm.save",
        "ftp://crm.example/hook",
        "javascript:alert(1)",
        "not a url",
      ];
      for (const url of refused) {
        const error = appError(await failure(api.owner.api.crm.save({ ...scope(api), url })));
        expect(error, url).toEqual({ code: "validation.invalid", fields: { url: { code: "invalid" } } });
      }
      expect(await api.owner.api.crm.get(scope(api))).toBeNull();
      // The same box (a self-hosted CRM, these tests) and ordinary addresses are fine.
      for (const url of [
        "http://localhost:8080/crm",
        "http://127.0.0.1:9000/",
        "https://crm.example.com/hooks/1",
      ]) {
        expect((await api.owner.api.crm.save({ ...scope(api), url })).url).toBe(url);
      }
    },
  );

  run("sends a test at once and answers how it went; a failed test is not retried", async () => {
    const api = get();
    expect(appError(await failure(api.owner.api.crm.sendTest(scope(api)))).code).toBe("crm.notConfigured");
    const crm = await receiver(200, 500);
    await api.owner.api.crm.save({ ...scope(api), url: crm.url, enabled: true });

    const ok = await api.owner.api.crm.sendTest(scope(api));
    expect(ok).toMatchObject({
      event: "test",
      leadId: null,
      state: "delivered",
      attempts: 1,
      lastStatus: 200,
    });
    expect(crm.requests[0]?.headers["x-pavilion-event"]).toBe("test");
    expect(webhookPayloadSchema.parse(JSON.parse(crm.requests[0]?.body ?? ""))).toEqual({
      ...{ id: ok.id, event: "test", createdAt: api.t.clock.now.toISOString(), lead: null },
    });

    api.t.clock.advance(1_000);
    const refused = await api.owner.api.crm.sendTest(scope(api));
    expect(refused).toMatchObject({
      state: "failed",
      attempts: 1,
      lastStatus: 500,
      lastError: "HTTP 500: CRM is down",
    });
    expect(refused.nextAttemptAt).toBeNull();
    api.t.clock.advance(86_400_000);
    expect(await deliverDueWebhooks(api.t.db, () => api.t.clock.now)).toBe(0);
    expect(crm.requests).toHaveLength(2);
    expect((await api.owner.api.crm.deliveries(scope(api))).map((d) => d.id)).toEqual([refused.id, ok.id]);

    await api.owner.api.crm.save({ ...scope(api), url: await closedPortUrl() });
    expect((await api.owner.api.crm.sendTest(scope(api))).lastError).toMatch(/ECONNREFUSED/);
  });

  run("lets staff see the webhook, its log and test it, but only owners change it", async () => {
    const api = get();
    await api.owner.api.crm.save({ ...scope(api), url: "http://127.0.0.1:9/crm" });
    const staff = await staffOf(api);
    expect(await staff.api.crm.get(scope(api))).toMatchObject({ url: "http://127.0.0.1:9/crm" });
    expect(await staff.api.crm.deliveries(scope(api))).toEqual([]);
    for (const call of [
      () => staff.api.crm.save({ ...scope(api), url: "http://127.0.0.1:10/evil" }),
      () => staff.api.crm.rotateSecret(scope(api)),
      () => staff.api.crm.remove(scope(api)),
    ]) {
      expect(appError(await failure(call())).code).toBe("cabinet.ownerRequired");
    }
    await api.owner.api.crm.remove(scope(api));
    expect(await staff.api.crm.get(scope(api))).toBeNull();
  });

  run("keeps every CRM procedure and delivery away from other exhibitors' teams", async () => {
    const api = get();
    const crm = await receiver(200);
    await api.owner.api.crm.save({ ...scope(api), url: crm.url });
    await insertLead(api);
    await api.owner.api.crm.sendTest(scope(api));
    const rival = await api.t.signedIn();
    const rivalId = (
      await rival.api.cabinet.createExhibitor({ name: { ru: "Соперник", en: "Rival" }, floorSlug: "food" })
    ).exhibitorId;
    await rival.api.crm.save({ exhibitorId: rivalId, url: crm.url });

    const calls = {
      get: () => rival.api.crm.get(scope(api)),
      save: () => rival.api.crm.save({ ...scope(api), url: "http://127.0.0.1:10/stolen" }),
      rotateSecret: () => rival.api.crm.rotateSecret(scope(api)),
      remove: () => rival.api.crm.remove(scope(api)),
      sendTest: () => rival.api.crm.sendTest(scope(api)),
      deliveries: () => rival.api.crm.deliveries(scope(api)),
    };
    for (const [name, call] of Object.entries(calls))
      expect((await failure(call())).code, name).toBe("FORBIDDEN");
    expect(await rival.api.crm.deliveries({ exhibitorId: rivalId })).toEqual([]);
    expect(await api.owner.api.crm.get(scope(api))).toMatchObject({ url: crm.url });
    expect(crm.requests).toHaveLength(1);
    expect(await api.visitor.api.crm.get(scope(api)).catch((e: { code: string }) => e.code)).toBe(
      "FORBIDDEN",
    );
  });
});
