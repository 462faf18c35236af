/** Queuing CRM deliveries for leads: what the payload tells the CRM, and one row per burst of changes. */
import { TEST_ENGINES } from "@pavilion/db/testing";
import { webhookPayloadSchema } from "@pavilion/schema";
import { describe, expect } from "vitest";
import { queueLeadWebhook } from "./queue.ts";
import {
  type CrmTestApi,
  giveConsent,
  insertLead,
  storedDeliveries,
  useCrmTestApi,
} from "./test-fixtures.ts";

const CARD = {
  ...{ name: "Vera Petrova", company: "Milk & Co", position: "Buyer" },
  ...{ email: "vera@milk.example", phone: "+7 900 000-00-00" },
};

describe.each(TEST_ENGINES)("queuing CRM deliveries on %s", (engine) => {
  const { run, get } = useCrmTestApi(engine);

  async function withWebhook(api: CrmTestApi, enabled = true) {
    await api.owner.api.crm.save({ exhibitorId: api.exhibitorId, url: "http://127.0.0.1:9/crm", enabled });
  }
  /** Queues in a transaction, as the code that changes leads does. */
  function queue(api: CrmTestApi, leadId: string, event: "lead.created" | "lead.updated") {
    return api.t.db.transaction().execute((trx) => queueLeadWebhook(trx, leadId, event, api.t.clock.now));
  }
  async function payloads(api: CrmTestApi) {
    return (await storedDeliveries(api)).map((row) => webhookPayloadSchema.parse(JSON.parse(row.payload)));
  }

  run("queues nothing while the exhibitor has no webhook or has it turned off", async () => {
    const api = get();
    const leadId = await insertLead(api);
    await queue(api, leadId, "lead.created");
    await withWebhook(api, false);
    await queue(api, leadId, "lead.created");
    expect(await storedDeliveries(api)).toEqual([]);
  });

  run("sends the lead's status, warmth now, band and assignee, but no contacts without consent", async () => {
    const api = get();
    await withWebhook(api);
    // Base 100 at the exhibition's start (20 Nov): three days later, with a 14-day half-life.
    const leadId = await insertLead(api, { warmthBase: 100, assigneeId: api.owner.userId });
    await queue(api, leadId, "lead.created");
    const [payload, ...more] = await payloads(api);
    expect(more).toEqual([]);
    const [row] = await storedDeliveries(api);
    expect(row).toMatchObject({ state: "pending", attempts: 0, url: "http://127.0.0.1:9/crm" });
    expect(row?.next_attempt_at).toBe(api.t.clock.now.toISOString());
    expect(payload).toEqual({
      id: row?.id,
      event: "lead.created",
      createdAt: api.t.clock.now.toISOString(),
      lead: {
        ...{ id: leadId, exhibitorId: api.exhibitorId, status: "new", source: "contact" },
        ...{ warmth: Math.round(100 * 2 ** (-3.375 / 14) * 10) / 10, band: "hot" },
        ...{ createdAt: api.t.clock.now.toISOString(), updatedAt: api.t.clock.now.toISOString() },
        assignee: "Olga Owner",
        visitor: { consent: false, name: null, company: null, position: null, email: null, phone: null },
      },
    });
  });

  run("shares the card the visitor left while consent stands, and nothing once it is withdrawn", async () => {
    const api = get();
    await withWebhook(api);
    await giveConsent(api, CARD);
    const leadId = await insertLead(api);
    await queue(api, leadId, "lead.created");
    expect((await payloads(api))[0]?.lead?.visitor).toEqual({ consent: true, ...CARD });

    await api.t.db
      .updateTable("consents")
      .set({ withdrawn_at: api.t.clock.now.toISOString() })
      .where("user_id", "=", api.visitor.userId)
      .execute();
    await queue(api, leadId, "lead.updated");
    expect((await payloads(api)).map((p) => p.lead?.visitor)).toEqual([
      { consent: false, name: null, company: null, position: null, email: null, phone: null },
    ]);
  });

  run("shares the account's name and e-mail when the visitor consented without leaving a card", async () => {
    const api = get();
    await withWebhook(api);
    await giveConsent(api);
    const leadId = await insertLead(api);
    await queue(api, leadId, "lead.created");
    const visitor = (await payloads(api))[0]?.lead?.visitor;
    expect(visitor).toMatchObject({ consent: true, name: "Vera Visitor", company: null, phone: null });
    expect(visitor?.email).toMatch(/@example\.test$/);
  });

  run("folds changes into the delivery still waiting, and starts a new one once it was sent", async () => {
    const api = get();
    await withWebhook(api);
    const leadId = await insertLead(api);
    await queue(api, leadId, "lead.created");
    await api.t.db.updateTable("leads").set({ status: "contacted" }).where("id", "=", leadId).execute();
    await queue(api, leadId, "lead.updated");
    await api.t.db.updateTable("leads").set({ status: "qualified" }).where("id", "=", leadId).execute();
    await queue(api, leadId, "lead.updated");

    const [first, ...more] = await storedDeliveries(api);
    expect(more).toEqual([]);
    // Still "created": the CRM has not heard of the lead yet; the state is the latest.
    expect(first?.event).toBe("lead.created");
    expect((await payloads(api))[0]).toMatchObject({ id: first?.id, lead: { status: "qualified" } });

    await api.t.db.updateTable("webhook_deliveries").set({ state: "delivered" }).execute();
    api.t.clock.advance(1_000);
    await queue(api, leadId, "lead.updated");
    const rows = await storedDeliveries(api);
    expect(rows.map((row) => [row.event, row.state])).toEqual([
      ["lead.created", "delivered"],
      ["lead.updated", "pending"],
    ]);
  });
});
