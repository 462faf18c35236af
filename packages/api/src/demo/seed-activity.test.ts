import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exhibitionWarmth } from "../services/leads/settings.ts";
import { bandOf, warmthFromBase } from "../services/leads/warmth.ts";
import { type SeededDemo, seededDemo, TEST_NOW } from "./seed-fixture.ts";

describe("the demo's visitors and what they did", () => {
  let demo: SeededDemo;
  beforeAll(async () => {
    demo = await seededDemo("sqlite");
  });
  afterAll(() => demo.destroy());

  it("gives the demo company hot, warm and cold leads, counted before anyone looks", async () => {
    const company = await demo.db
      .selectFrom("members")
      .innerJoin("users", "users.id", "members.user_id")
      .innerJoin("exhibitors", "exhibitors.id", "members.exhibitor_id")
      .select(["members.exhibitor_id", "exhibitors.exhibition_id"])
      .where("users.email", "=", "exhibitor@demo.pavilion")
      .executeTakeFirstOrThrow();
    const leads = await demo.db
      .selectFrom("leads")
      .select(["warmth_base", "source"])
      .where("exhibitor_id", "=", company.exhibitor_id)
      .execute();
    const { epoch, settings } = await exhibitionWarmth(demo.db, company.exhibition_id);
    const bands = leads.map((lead) =>
      bandOf(warmthFromBase(lead.warmth_base, epoch, TEST_NOW, settings.halfLifeDays)),
    );
    expect(bands.filter((band) => band === "hot")).toHaveLength(3);
    expect(bands.filter((band) => band === "warm")).toHaveLength(4);
    expect(bands.filter((band) => band === "cold")).toHaveLength(3);
    expect(new Set(leads.map((lead) => lead.source))).toEqual(new Set(["contact", "chat"]));
    const cursor = await demo.db.selectFrom("analytics_cursor").select("last_id").executeTakeFirstOrThrow();
    const last = await demo.db
      .selectFrom("activity")
      .select((eb) => eb.fn.max("id").as("id"))
      .executeTakeFirstOrThrow();
    expect(cursor.last_id).toBe(last.id);
  });

  it("fills the fair's statistics: visits on each of its days so far, time at booths, downloads", async () => {
    const days = await demo.db
      .selectFrom("stat_counters")
      .select(["day", "value"])
      .where("scope", "=", "exhibition")
      .where("metric", "=", "visits")
      .orderBy("day")
      .execute();
    expect(days.map((day) => day.day)).toEqual(["", "2026-11-21", "2026-11-22", "2026-11-23"]);
    expect(days[0]?.value).toBeGreaterThan(150);
    const uniques = await demo.db
      .selectFrom("stat_counters")
      .select("value")
      .where("scope", "=", "exhibition")
      .where("metric", "=", "uniques")
      .where("day", "=", "")
      .executeTakeFirstOrThrow();
    expect(uniques.value).toBe(40);
    for (const metric of ["dwellSeconds", "downloads", "contacts", "chatMessages", "registrations"]) {
      const total = await demo.db
        .selectFrom("stat_counters")
        .select((eb) => eb.fn.sum<number>("value").as("value"))
        .where("scope", "=", "exhibitor")
        .where("metric", "=", metric)
        .where("day", "=", "")
        .executeTakeFirstOrThrow();
      expect(Number(total.value), metric).toBeGreaterThan(0);
    }
  });

  it("keeps every business card with its consent", async () => {
    const cards = await demo.db.selectFrom("contact_cards").select(["user_id", "exhibitor_id"]).execute();
    const consents = await demo.db
      .selectFrom("consents")
      .select(["user_id", "exhibitor_id", "via"])
      .execute();
    expect(cards.length).toBeGreaterThanOrEqual(3);
    expect(consents).toEqual(expect.arrayContaining(cards.map((card) => ({ ...card, via: "contact" }))));
  });
});
