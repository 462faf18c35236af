import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../services/auth/password.ts";
import { DEMO_PASSWORD } from "./accounts.ts";
import { DEMO_TIME_ZONE } from "./exhibition.ts";
import { rowCounts, type SeededDemo, seededDemo } from "./seed-fixture.ts";
import { zonedTime } from "./time.ts";

describe("seedDemo on an empty SQLite database", () => {
  let demo: SeededDemo;
  beforeAll(async () => {
    demo = await seededDemo("sqlite");
  });
  afterAll(async () => {
    await demo.destroy();
  });

  it("reports that it seeded, returns the four accounts and logs its timing", () => {
    expect(demo.result.seeded).toBe(true);
    expect(demo.result.accounts.map((account) => account.email)).toEqual([
      "visitor@demo.pavilion",
      "organiser@demo.pavilion",
      "exhibitor@demo.pavilion",
      "staff@demo.pavilion",
    ]);
    expect(demo.log.some((line) => line.includes("ms"))).toBe(true);
  });

  it("creates one exhibition in Moscow time from two days ago to ten days ahead", async () => {
    const exhibitions = await demo.db.selectFrom("exhibitions").selectAll().execute();
    expect(exhibitions).toHaveLength(1);
    expect(exhibitions[0]).toMatchObject({
      name_en: "Moscow International Education Fair 2026 — Online",
      starts_on: "2026-11-21",
      ends_on: "2026-12-03",
      timezone: "Europe/Moscow",
    });
  });

  it("creates at least four floors, each with exhibitors", async () => {
    const floors = await demo.db
      .selectFrom("floors")
      .leftJoin("exhibitors", "exhibitors.floor_id", "floors.id")
      .select(["floors.position", (eb) => eb.fn.count<number>("exhibitors.id").as("n")])
      .groupBy("floors.position")
      .orderBy("floors.position")
      .execute();
    expect(floors.length).toBeGreaterThanOrEqual(4);
    expect(floors.map((floor) => floor.position)).toEqual(floors.map((_, index) => index));
    for (const floor of floors) expect(Number(floor.n)).toBeGreaterThan(20);
  });

  it("creates at least 300 approved exhibitors and a few awaiting moderation", async () => {
    const exhibitors = await demo.db.selectFrom("exhibitors").select(["status", "slug", "color"]).execute();
    expect(exhibitors.filter((e) => e.status === "approved").length).toBeGreaterThanOrEqual(300);
    expect(exhibitors.some((e) => e.status === "submitted")).toBe(true);
    expect(exhibitors.some((e) => e.status === "draft")).toBe(true);
    for (const e of exhibitors) expect(e.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("gives every exhibitor a stored 256x256 PNG logo", async () => {
    const rows = await demo.db
      .selectFrom("exhibitors")
      .innerJoin("files", "files.id", "exhibitors.logo_file_id")
      .select(["files.id", "files.mime", "files.size"])
      .execute();
    expect(rows).toHaveLength(320);
    for (const row of rows) {
      const bytes = await demo.storage.read(row.id);
      expect(bytes?.byteLength).toBe(Number(row.size));
      const meta = await sharp(bytes ?? new Uint8Array()).metadata();
      expect([row.mime, meta.format, meta.width, meta.height]).toEqual(["image/png", "png", 256, 256]);
    }
  });

  it("gives every exhibitor one to three materials, the PDFs being real PDF files", async () => {
    const perExhibitor = await demo.db
      .selectFrom("materials")
      .select(["exhibitor_id", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("exhibitor_id")
      .execute();
    expect(perExhibitor).toHaveLength(320);
    for (const row of perExhibitor) expect(Number(row.n)).toBeGreaterThanOrEqual(1);
    for (const row of perExhibitor) expect(Number(row.n)).toBeLessThanOrEqual(3);
    // Visitors see only approved materials: the demo's are approved from the start.
    const waiting = await demo.db.selectFrom("materials").select("id").where("approved", "=", 0).execute();
    expect(waiting).toEqual([]);
    const pdfs = await demo.db
      .selectFrom("files")
      .select("id")
      .where("mime", "=", "application/pdf")
      .execute();
    expect(pdfs.length).toBeGreaterThanOrEqual(3);
    for (const { id } of pdfs) {
      const text = Buffer.from((await demo.storage.read(id)) ?? new Uint8Array()).toString("latin1");
      expect(text.startsWith("%PDF-")).toBe(true);
      expect(text.endsWith("%%EOF")).toBe(true);
    }
  });

  it("counts each exhibitor's logo and files against its storage quota", async () => {
    const kept = await demo.db
      .selectFrom("exhibitor_files")
      .innerJoin("files", "files.id", "exhibitor_files.file_id")
      .select([
        "exhibitor_files.exhibitor_id",
        "exhibitor_files.purpose",
        "exhibitor_files.size",
        "files.size as real",
      ])
      .execute();
    const exhibitors = await demo.db.selectFrom("exhibitors").select("id").execute();
    const withLogo = new Set(kept.filter((row) => row.purpose === "logo").map((row) => row.exhibitor_id));
    expect(withLogo.size).toBe(exhibitors.length);
    expect(kept.some((row) => row.purpose === "material")).toBe(true);
    for (const row of kept) expect(Number(row.size)).toBe(Number(row.real));
  });

  it("schedules today's programme in Moscow on the daily grid, with speakers", async () => {
    const at = (time: string) => zonedTime("2026-11-23", time, DEMO_TIME_ZONE).toISOString();
    const today = await demo.db
      .selectFrom("events")
      .select(["id", "starts_at", "ends_at", "stream", "status", "description_ru", "description_en"])
      .where("kind", "=", "programme")
      .where("starts_at", ">=", at("00:00"))
      .where("starts_at", "<", at("23:59"))
      .orderBy("starts_at")
      .orderBy("stream")
      .execute();
    const slots = today.map((e) => `${e.starts_at}–${e.ends_at} ${e.stream}`);
    expect(slots).toEqual([
      `${at("11:00")}–${at("12:00")} A`,
      `${at("11:00")}–${at("12:00")} B`,
      `${at("12:30")}–${at("14:00")} A`,
      `${at("14:30")}–${at("15:30")} A`,
      `${at("14:30")}–${at("15:30")} B`,
      `${at("16:00")}–${at("17:00")} A`,
      `${at("16:00")}–${at("17:00")} B`,
      `${at("17:00")}–${at("18:00")} A`,
      `${at("17:00")}–${at("18:00")} B`,
    ]);
    for (const event of today) {
      expect(event.status).toBe("approved");
      expect(event.description_ru.length).toBeLessThanOrEqual(1000);
      expect(event.description_en.length).toBeLessThanOrEqual(1000);
      const lineUp = await demo.db
        .selectFrom("event_speakers")
        .selectAll()
        .where("event_id", "=", event.id)
        .execute();
      expect(lineUp.filter((s) => s.role === "moderator")).toHaveLength(1);
      expect(lineUp.length).toBeGreaterThanOrEqual(3);
    }
    const programme = await demo.db
      .selectFrom("events")
      .select("id")
      .where("kind", "=", "programme")
      .execute();
    expect(programme).toHaveLength(36);
  });

  it("adds about ten exhibitor webinars, today and tomorrow", async () => {
    const webinars = await demo.db.selectFrom("events").selectAll().where("kind", "=", "webinar").execute();
    expect(webinars.length).toBeGreaterThanOrEqual(8);
    for (const webinar of webinars) {
      expect(webinar.exhibitor_id).not.toBeNull();
      // The demo exhibitor's own webinar has no limit on seats; the others have one.
      if (webinar.capacity !== null) expect(webinar.capacity).toBeGreaterThan(0);
      expect(webinar.starts_at >= "2026-11-23" && webinar.starts_at < "2026-11-25").toBe(true);
    }
    expect(webinars.some((webinar) => webinar.registration_mode === "premoderated")).toBe(true);
    expect(new Set(webinars.map((webinar) => webinar.access)).size).toBeGreaterThan(2);
  });

  it("gives the demo exhibitor's company a webinar open to everyone, starting within half an hour", async () => {
    const staff = await demo.db
      .selectFrom("members")
      .innerJoin("users", "users.id", "members.user_id")
      .select("members.exhibitor_id")
      .where("users.email", "=", "staff@demo.pavilion")
      .executeTakeFirstOrThrow();
    const own = await demo.db
      .selectFrom("events")
      .select(["starts_at", "ends_at", "access", "status", "kind", "capacity", "registration_mode"])
      .where("exhibitor_id", "=", staff.exhibitor_id)
      .orderBy("starts_at")
      .execute();
    // TEST_NOW is 09:15 UTC: two quarter hours later.
    expect(own[0]).toMatchObject({
      ...{ kind: "webinar", status: "approved", access: "everyone" },
      ...{ starts_at: "2026-11-23T09:45:00.000Z", capacity: null, registration_mode: "open" },
    });
    expect(Date.parse(own[0]?.ends_at ?? "")).toBeGreaterThan(Date.parse("2026-11-23T10:15:00.000Z"));
  });

  it("creates the demo accounts, findable by e-mail, with the demo password", async () => {
    // The accounts to sign in with (the demo's crowd of visitors is tested in seed-activity.test.ts).
    const users = await demo.db
      .selectFrom("users")
      .selectAll()
      .where("email", "like", "%@demo.pavilion")
      .orderBy("email")
      .execute();
    expect(users.map((user) => [user.email, user.role, user.locale])).toEqual([
      ["exhibitor@demo.pavilion", "visitor", "ru"],
      ["organiser@demo.pavilion", "organiser", "ru"],
      ["staff@demo.pavilion", "visitor", "ru"],
      ["visitor@demo.pavilion", "visitor", "ru"],
    ]);
    expect(await verifyPassword(DEMO_PASSWORD, users[0]?.password_hash ?? "")).toBe(true);
    const first = await demo.db
      .selectFrom("exhibitors")
      .select("id")
      .orderBy("created_at")
      .executeTakeFirst();
    const members = await demo.db
      .selectFrom("members")
      .innerJoin("users", "users.id", "members.user_id")
      .select(["users.email", "members.role", "members.exhibitor_id"])
      .orderBy("users.email")
      .execute();
    expect(members).toEqual([
      { email: "exhibitor@demo.pavilion", role: "owner", exhibitor_id: first?.id },
      { email: "staff@demo.pavilion", role: "staff", exhibitor_id: first?.id },
    ]);
  });

  it("creates speakers with texts in both languages and no booths", async () => {
    const speakers = await demo.db.selectFrom("speakers").selectAll().execute();
    expect(speakers.length).toBeGreaterThanOrEqual(25);
    for (const s of speakers) expect(s.name_ru && s.name_en && s.bio_ru && s.bio_en).toBeTruthy();
    expect((await rowCounts(demo.db)).booths).toBe(0);
  });
});
