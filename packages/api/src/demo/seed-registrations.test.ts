/** What the demo gives the registration pages: choices, agendas, a full event, an application to decide. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_FULL_EVENT_ID, DEMO_PREMODERATED_EVENT_ID } from "./programme.ts";
import { type SeededDemo, seededDemo, TEST_NOW } from "./seed-fixture.ts";

describe("the demo's registration data", () => {
  let demo: SeededDemo;
  beforeAll(async () => {
    demo = await seededDemo("sqlite");
  });
  afterAll(() => demo.destroy());

  it("offers the six 'how did you hear about it' choices in both languages, in order", async () => {
    const options = await demo.db.selectFrom("heard_from_options").selectAll().orderBy("position").execute();
    expect(options.map((o) => `${o.label_en} / ${o.label_ru}`)).toEqual([
      "E-mail newsletter / Рассылка",
      "Colleagues / Коллеги",
      "Social networks / Соцсети",
      "Search engine / Поисковик",
      "Partner's website / Сайт партнёра",
      "Other / Другое",
    ]);
  });

  it("gives every event a timed agenda: registration, 2-3 talks with 2-3 theses and a speaker, questions", async () => {
    const events = await demo.db.selectFrom("events").select(["id", "starts_at", "ends_at"]).execute();
    const items = await demo.db.selectFrom("event_agenda_items").selectAll().orderBy("position").execute();
    for (const event of events) {
      const agenda = items.filter((item) => item.event_id === event.id);
      expect(agenda[0]).toMatchObject({
        kind: "registration",
        duration_minutes: 10,
        starts_at: event.starts_at,
      });
      expect(agenda.at(-1)?.kind).toBe("qa");
      const talks = agenda.filter((item) => item.kind === "talk");
      expect(talks.length).toBeGreaterThanOrEqual(2);
      expect(talks.length).toBeLessThanOrEqual(3);
      for (const talk of talks) {
        expect(talk.speaker_id).not.toBeNull();
        expect(talk.theses_ru.split("\n").length).toBeGreaterThanOrEqual(2);
        expect(talk.theses_ru.split("\n").length).toBeLessThanOrEqual(3);
        expect(talk.theses_en.split("\n")).toHaveLength(talk.theses_ru.split("\n").length);
      }
      const minutes = agenda.reduce((sum, item) => sum + item.duration_minutes, 0);
      expect(minutes).toBe((Date.parse(event.ends_at) - Date.parse(event.starts_at)) / 60_000);
    }
    expect(items.some((item) => item.kind === "break")).toBe(true);
  });

  it("fills one upcoming event to capacity, without the demo visitor", async () => {
    const event = await demo.db
      .selectFrom("events")
      .selectAll()
      .where("id", "=", DEMO_FULL_EVENT_ID)
      .executeTakeFirstOrThrow();
    expect(event.capacity).toBe(2);
    expect(event.starts_at > TEST_NOW.toISOString()).toBe(true);
    const taken = await demo.db
      .selectFrom("registrations")
      .select(["status", "user_id"])
      .where("event_id", "=", DEMO_FULL_EVENT_ID)
      .execute();
    expect(taken.map((r) => r.status)).toEqual(["accepted", "accepted"]);
  });

  it("leaves one application to a pre-moderated event to decide before the day before it", async () => {
    const event = await demo.db
      .selectFrom("events")
      .selectAll()
      .where("id", "=", DEMO_PREMODERATED_EVENT_ID)
      .executeTakeFirstOrThrow();
    expect(event.registration_mode).toBe("premoderated");
    const pending = await demo.db
      .selectFrom("registrations")
      .selectAll()
      .where("event_id", "=", DEMO_PREMODERATED_EVENT_ID)
      .executeTakeFirstOrThrow();
    expect(pending.status).toBe("pending");
    expect(pending.decision_due_at && pending.decision_due_at > TEST_NOW.toISOString()).toBe(true);
    expect(Date.parse(pending.decision_due_at ?? "")).toBeLessThanOrEqual(
      Date.parse(event.starts_at) - 24 * 3_600_000,
    );
    const visitor = await demo.db
      .selectFrom("registrations")
      .innerJoin("users", "users.id", "registrations.user_id")
      .select("registrations.id")
      .where("users.email", "=", "visitor@demo.pavilion")
      .execute();
    expect(visitor).toEqual([]);
  });

  it("offers half-hour meetings with the demo company's owner on the next three days, 14:00-16:00 Moscow time", async () => {
    const slots = await demo.db.selectFrom("meeting_slots").selectAll().orderBy("starts_at").execute();
    expect(slots).toHaveLength(12);
    const owner = await demo.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", "exhibitor@demo.pavilion")
      .executeTakeFirstOrThrow();
    const moscow = (iso: string) =>
      new Intl.DateTimeFormat("en-GB", {
        timeZone: "Europe/Moscow",
        hour: "2-digit",
        minute: "2-digit",
      }).format(new Date(iso));
    for (const slot of slots) {
      expect(slot.host_user_id).toBe(owner.id);
      expect(slot.booked_by).toBeNull();
      expect(Date.parse(slot.starts_at)).toBeGreaterThan(TEST_NOW.getTime());
      expect(Date.parse(slot.ends_at) - Date.parse(slot.starts_at)).toBe(30 * 60_000);
      expect(["14:00", "14:30", "15:00", "15:30"]).toContain(moscow(slot.starts_at));
    }
  });
});
