import type { Database } from "@pavilion/db";
import { TEST_ENGINES, useTestDatabase } from "@pavilion/db/testing";
import { describe, expect, it } from "vitest";
import { insertEvent } from "../events/test-fixtures.ts";
import { insertExhibition, insertExhibitor } from "../floor/test-fixtures.ts";
import { exhibitionWarmth } from "../leads/settings.ts";
import { explainWarmth, warmthFromBase } from "../leads/warmth.ts";
import { catchUpAnalytics } from "./rollup.ts";
import { counter, insertMaterial, insertMember, insertUser, record } from "./test-fixtures.ts";

const NOW = new Date("2026-11-23T12:00:00.000Z");

async function fair(db: Database) {
  const expo = await insertExhibition(db);
  const dairy = await insertExhibitor(db, expo.exhibitionId, { slug: "dairy", floorId: expo.food });
  const robots = await insertExhibitor(db, expo.exhibitionId, { slug: "robots", floorId: expo.tech });
  return { ...expo, dairy, robots };
}

async function leadsOf(db: Database, exhibitorId: string) {
  return db
    .selectFrom("leads")
    .select(["user_id", "source", "status", "warmth_base", "first_activity_at", "last_activity_at"])
    .where("exhibitor_id", "=", exhibitorId)
    .execute();
}

describe.each(TEST_ENGINES)("the analytics rollup on %s", (engine) => {
  const db = useTestDatabase(engine);

  it("counts visits per day in the exhibition's time zone and each visitor once", async () => {
    const f = await fair(db());
    const [anna, boris] = [await insertUser(db()), await insertUser(db())];
    const visit = (user_id: string | null, occurred_at: string, exhibitor_id = f.dairy) => ({
      ...{ kind: "booth.visit", exhibition_id: f.exhibitionId, exhibitor_id, user_id, occurred_at },
      data: { source: "floor" },
    });
    await record(
      db(),
      visit(anna, "2026-11-21T10:00:00.000Z"),
      visit(anna, "2026-11-21T12:00:00.000Z"),
      // 02:30 on the 22nd in Moscow.
      visit(anna, "2026-11-21T23:30:00.000Z"),
      visit(boris, "2026-11-21T20:59:00.000Z"),
      visit(boris, "2026-11-21T21:00:00.000Z", f.robots),
      visit(null, "2026-11-21T11:00:00.000Z"),
    );
    expect(await catchUpAnalytics(db(), NOW)).toEqual({ processed: 6, behind: false });

    const dairy = (metric: string, day?: string) => counter(db(), "exhibitor", f.dairy, metric, day);
    expect([await dairy("visits", "2026-11-21"), await dairy("visits", "2026-11-22")]).toEqual([4, 1]);
    expect([await dairy("uniques", "2026-11-21"), await dairy("uniques", "2026-11-22")]).toEqual([2, 1]);
    expect([await dairy("visits"), await dairy("uniques")]).toEqual([5, 2]);
    expect(await counter(db(), "exhibitor", f.robots, "visits", "2026-11-22")).toBe(1);
    expect(await counter(db(), "floor", f.food, "uniques")).toBe(2);
    expect(await counter(db(), "floor", f.tech, "uniques", "2026-11-22")).toBe(1);
    expect(await counter(db(), "exhibition", f.exhibitionId, "visits")).toBe(6);
    expect(await counter(db(), "exhibition", f.exhibitionId, "uniques")).toBe(2);
    expect(await counter(db(), "exhibition", f.exhibitionId, "uniques", "2026-11-22")).toBe(2);

    // Later rows add to what is counted; people already counted stay counted once.
    await record(db(), visit(anna, "2026-11-22T08:00:00.000Z"), visit(boris, "2026-11-22T09:00:00.000Z"));
    expect(await catchUpAnalytics(db(), NOW)).toEqual({ processed: 2, behind: false });
    expect([await dairy("visits", "2026-11-22"), await dairy("uniques", "2026-11-22")]).toEqual([3, 2]);
    expect(await dairy("uniques")).toBe(2);
    expect(await catchUpAnalytics(db(), NOW)).toEqual({ processed: 0, behind: false });
  });

  it("counts time at the booth, downloads, plays, chats, contacts, meetings and webinars", async () => {
    const f = await fair(db());
    const [visitor, staff] = [await insertUser(db()), await insertUser(db())];
    await insertMember(db(), f.dairy, staff);
    const material = await insertMaterial(db(), f.dairy);
    const event = await insertEvent(db(), f.exhibitionId, { exhibitorId: f.dairy });
    const at = {
      exhibition_id: f.exhibitionId,
      exhibitor_id: f.dairy,
      occurred_at: "2026-11-22T10:00:00.000Z",
    };
    await record(
      db(),
      { ...at, user_id: visitor, kind: "booth.left", data: { seconds: 95 } },
      { ...at, user_id: visitor, kind: "booth.left", data: { seconds: 30 } },
      {
        ...at,
        user_id: visitor,
        kind: "material.download",
        material_id: material,
        data: { fileName: "p.pdf" },
      },
      { ...at, user_id: visitor, kind: "video.play" },
      { ...at, user_id: visitor, kind: "chat.message" },
      { ...at, user_id: staff, kind: "chat.message" },
      { ...at, user_id: visitor, kind: "contact.left" },
      { ...at, user_id: visitor, kind: "meeting.booked" },
      { ...at, user_id: visitor, kind: "event.registered", event_id: event },
      { ...at, user_id: visitor, kind: "webinar.joined", event_id: event },
      { ...at, user_id: visitor, kind: "webinar.left", event_id: event, data: { minutes: 12.5 } },
    );
    await catchUpAnalytics(db(), NOW);
    const dairy = (metric: string) => counter(db(), "exhibitor", f.dairy, metric, "2026-11-22");
    expect({
      dwellSeconds: await dairy("dwellSeconds"),
      downloads: await dairy("downloads"),
      videoPlays: await dairy("videoPlays"),
      chatMessages: await dairy("chatMessages"),
      contacts: await dairy("contacts"),
      meetings: await dairy("meetings"),
      registrations: await dairy("registrations"),
      webinarJoins: await dairy("webinarJoins"),
      webinarMinutes: await dairy("webinarMinutes"),
    }).toEqual({
      ...{ dwellSeconds: 125, downloads: 1, videoPlays: 1, chatMessages: 1, contacts: 1, meetings: 1 },
      ...{ registrations: 1, webinarJoins: 1, webinarMinutes: 12.5 },
    });
    expect(await counter(db(), "material", material, "downloads")).toBe(1);
    expect(await counter(db(), "event", event, "registrations")).toBe(1);
    expect(await counter(db(), "event", event, "webinarMinutes")).toBe(12.5);
    expect(await counter(db(), "exhibition", f.exhibitionId, "uniques")).toBe(2);
  });

  it("makes a lead from each of the four sources, scored from what the visitor did before", async () => {
    const f = await fair(db());
    const event = await insertEvent(db(), f.exhibitionId, { exhibitorId: f.dairy });
    const people = [
      await insertUser(db()),
      await insertUser(db()),
      await insertUser(db()),
      await insertUser(db()),
    ];
    const at = (user_id: string, minute: number) => ({
      ...{ exhibition_id: f.exhibitionId, exhibitor_id: f.dairy, user_id },
      occurred_at: `2026-11-22T10:${String(minute).padStart(2, "0")}:00.000Z`,
    });
    const [contact, registration, meeting, chat] = people as [string, string, string, string];
    await record(
      db(),
      { ...at(contact, 0), kind: "booth.visit", data: { source: "floor" } },
      { ...at(contact, 5), kind: "contact.left" },
      { ...at(registration, 1), kind: "event.registered", event_id: event },
      { ...at(meeting, 2), kind: "meeting.booked" },
      { ...at(chat, 3), kind: "chat.message" },
    );
    await catchUpAnalytics(db(), NOW);
    const leads = await leadsOf(db(), f.dairy);
    const sourceOf = (userId: string) => leads.find((lead) => lead.user_id === userId)?.source;
    expect(people.map(sourceOf)).toEqual(["contact", "registration", "meeting", "chat"]);
    expect(leads.every((lead) => lead.status === "new")).toBe(true);
    const contactLead = leads.find((lead) => lead.user_id === contact);
    expect(contactLead).toMatchObject({
      first_activity_at: "2026-11-22T10:00:00.000Z",
      last_activity_at: "2026-11-22T10:05:00.000Z",
    });
    const { epoch, settings } = await exhibitionWarmth(db(), f.exhibitionId);
    // The visit before the contact counts: 3 + 30 points, nearly undecayed a day later.
    expect(warmthFromBase(contactLead?.warmth_base ?? 0, epoch, NOW, settings.halfLifeDays)).toBeCloseTo(
      33 * 2 ** (-(NOW.getTime() - Date.parse("2026-11-22T10:02:30Z")) / 86_400_000 / 14),
      0,
    );
  });

  it("makes no lead of the team's own people, a visit alone, or a programme registration", async () => {
    const f = await fair(db());
    const [staff, passerBy, listener] = [
      await insertUser(db()),
      await insertUser(db()),
      await insertUser(db()),
    ];
    await insertMember(db(), f.dairy, staff);
    const session = await insertEvent(db(), f.exhibitionId, { exhibitorId: null });
    const at = { exhibition_id: f.exhibitionId, occurred_at: "2026-11-22T10:00:00.000Z" };
    await record(
      db(),
      { ...at, exhibitor_id: f.dairy, user_id: staff, kind: "chat.message" },
      { ...at, exhibitor_id: f.dairy, user_id: staff, kind: "contact.left" },
      { ...at, exhibitor_id: f.dairy, user_id: passerBy, kind: "booth.visit", data: { source: "floor" } },
      { ...at, exhibitor_id: f.dairy, user_id: passerBy, kind: "booth.left", data: { seconds: 600 } },
      { ...at, exhibitor_id: f.dairy, user_id: passerBy, kind: "material.download" },
      { ...at, exhibitor_id: null, user_id: listener, kind: "event.registered", event_id: session },
      { ...at, exhibitor_id: f.dairy, user_id: null, kind: "contact.left" },
    );
    await catchUpAnalytics(db(), NOW);
    expect(await db().selectFrom("leads").select("id").execute()).toEqual([]);
    expect(await counter(db(), "exhibitor", f.dairy, "contacts")).toBe(2);
  });

  it("keeps a stored warmth that agrees with the lead card's explanation", async () => {
    const f = await fair(db());
    const visitor = await insertUser(db());
    const material = await insertMaterial(db(), f.dairy);
    const event = await insertEvent(db(), f.exhibitionId, { exhibitorId: f.dairy });
    const on = (occurred_at: string) => ({
      ...{ exhibition_id: f.exhibitionId, exhibitor_id: f.dairy, user_id: visitor, occurred_at },
    });
    const rows = [
      { ...on("2026-11-20T09:00:00.000Z"), kind: "booth.visit", data: { source: "search" } },
      { ...on("2026-11-20T09:20:00.000Z"), kind: "booth.left", data: { seconds: 1_234 } },
      { ...on("2026-11-20T09:10:00.000Z"), kind: "material.download", material_id: material },
      { ...on("2026-11-21T15:00:00.000Z"), kind: "event.registered", event_id: event },
      { ...on("2026-11-22T10:00:00.000Z"), kind: "webinar.joined", event_id: event },
      { ...on("2026-11-22T10:47:00.000Z"), kind: "webinar.left", event_id: event, data: { minutes: 47 } },
      { ...on("2026-11-22T10:30:00.000Z"), kind: "webinar.question", event_id: event },
      { ...on("2026-11-23T11:00:00.000Z"), kind: "contact.left" },
    ];
    // Split over several catch-ups and batches: made by the registration, warmed by what came later.
    await record(db(), ...rows.slice(0, 4));
    await catchUpAnalytics(db(), NOW, { batchRows: 3 });
    await record(db(), ...rows.slice(4));
    await catchUpAnalytics(db(), NOW, { batchRows: 2 });
    const [lead] = await leadsOf(db(), f.dairy);
    const { epoch, settings } = await exhibitionWarmth(db(), f.exhibitionId);
    const explained = explainWarmth(
      rows.map((row) => ({
        kind: row.kind,
        occurredAt: row.occurred_at,
        data: "data" in row ? JSON.stringify(row.data) : null,
      })),
      settings,
      NOW,
    );
    expect(lead?.source).toBe("registration");
    expect(explained.warmth).toBeGreaterThan(100);
    expect(warmthFromBase(lead?.warmth_base ?? 0, epoch, NOW, settings.halfLifeDays)).toBe(explained.warmth);
  });

  it("queues the CRM webhook when a lead is made and when its warmth band rises", async () => {
    const f = await fair(db());
    const visitor = await insertUser(db());
    await db()
      .insertInto("crm_webhooks")
      .values({
        ...{ exhibitor_id: f.dairy, url: "http://crm.test/hook", secret: "s".repeat(32), enabled: 1 },
        ...{ created_at: NOW.toISOString(), updated_at: NOW.toISOString() },
      })
      .execute();
    const on = { exhibition_id: f.exhibitionId, exhibitor_id: f.dairy, user_id: visitor };
    const deliveries = () =>
      db().selectFrom("webhook_deliveries").select(["event", "state"]).orderBy("created_at").execute();
    await record(db(), { ...on, kind: "chat.message", occurred_at: "2026-11-23T10:00:00.000Z" });
    await catchUpAnalytics(db(), NOW);
    expect(await deliveries()).toEqual([{ event: "lead.created", state: "pending" }]);
    await db().updateTable("webhook_deliveries").set({ state: "delivered" }).execute();

    // 5 → 20 points: cold to warm. Another visit (23) stays warm: nothing more is sent.
    await record(db(), { ...on, kind: "material.download", occurred_at: "2026-11-23T10:05:00.000Z" });
    await catchUpAnalytics(db(), NOW);
    await record(db(), { ...on, kind: "booth.visit", occurred_at: "2026-11-23T10:06:00.000Z" });
    await catchUpAnalytics(db(), NOW);
    expect(await deliveries()).toEqual([
      { event: "lead.created", state: "delivered" },
      { event: "lead.updated", state: "pending" },
    ]);
  });

  it("counts at most maxRows and says it is behind", async () => {
    const f = await fair(db());
    const visitor = await insertUser(db());
    const visit = {
      kind: "booth.visit",
      exhibition_id: f.exhibitionId,
      exhibitor_id: f.dairy,
      user_id: visitor,
    };
    await record(
      db(),
      ...Array.from({ length: 5 }, () => ({ ...visit, occurred_at: "2026-11-22T10:00:00.000Z" })),
    );
    expect(await catchUpAnalytics(db(), NOW, { maxRows: 3, batchRows: 2 })).toEqual({
      processed: 3,
      behind: true,
    });
    expect(await catchUpAnalytics(db(), NOW, { maxRows: 3 })).toEqual({ processed: 2, behind: false });
    expect(await counter(db(), "exhibitor", f.dairy, "visits")).toBe(5);
  });
});
