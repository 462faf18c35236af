import { postgresAvailableForTests, TEST_ENGINES } from "@pavilion/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureAllFloorLayouts } from "../services/floor/placement.ts";
import {
  insertExhibition,
  insertExhibitor,
  type SmallExhibition,
  T0,
} from "../services/floor/test-fixtures.ts";
import { createTestApi, failure, type TestApi } from "../testing/index.ts";

describe.each(TEST_ENGINES)("booth pages on %s", (engine) => {
  let t: TestApi;
  let expo: SmallExhibition;
  let acme: string;
  let draft: string;
  const skip = engine === "postgres" && !postgresAvailableForTests();
  const run = skip ? it.skip : it;
  const at = (minutes: number) => new Date(t.clock.now.getTime() + minutes * 60_000).toISOString();

  async function addMaterial(
    position: number,
    published: number,
    link: string | null,
    fileId: string | null,
    approved = 1,
  ) {
    await t.db
      .insertInto("materials")
      .values({
        ...{ id: crypto.randomUUID(), exhibitor_id: acme, kind: link ? "link" : "pdf", file_id: fileId },
        ...{ url: link, file_name: null, title_ru: `м${position}`, title_en: `m${position}` },
        ...{ description_ru: "", description_en: "", position, published, approved, created_at: T0 },
      })
      .execute();
  }

  async function addEvent(title: string, fromMin: number, toMin: number, status: "approved" | "cancelled") {
    await t.db
      .insertInto("events")
      .values({
        ...{ id: crypto.randomUUID(), exhibition_id: expo.exhibitionId, exhibitor_id: acme, kind: "webinar" },
        ...{ format: "seminar", stream: null, title_ru: title, title_en: title, description_ru: "" },
        ...{
          description_en: "",
          starts_at: at(fromMin),
          ends_at: at(toMin),
          timezone: "UTC",
          capacity: null,
        },
        ...{ registration_mode: "open", access: "everyone", status, created_at: T0, updated_at: T0 },
      })
      .execute();
  }

  beforeAll(async () => {
    if (skip) return;
    t = await createTestApi(engine);
    expo = await insertExhibition(t.db);
    acme = await insertExhibitor(t.db, expo.exhibitionId, {
      slug: "acme",
      floorId: expo.food,
      nameEn: "Acme",
    });
    draft = await insertExhibitor(t.db, expo.exhibitionId, {
      slug: "d",
      floorId: expo.food,
      status: "draft",
    });
    await t.db
      .updateTable("exhibitors")
      .set({ website: "javascript:alert(1)" })
      .where("id", "=", acme)
      .execute();
    const file = "b".repeat(64);
    await t.db
      .insertInto("files")
      .values({ id: file, mime: "application/pdf", size: 1, created_at: T0 })
      .execute();
    await addMaterial(2, 1, "https://acme.test/video", null);
    await addMaterial(1, 1, null, file);
    await addMaterial(0, 0, null, file);
    await addMaterial(3, 1, "javascript:alert(1)", null);
    await addMaterial(4, 1, "https://acme.test/waiting", null, 0);
    for (const [i, start] of [-120, -30, 600, 60, 120, 180, 240, 300].entries()) {
      await addEvent(`e${start}`, start, start + 60, i === 3 ? "cancelled" : "approved");
    }
    await ensureAllFloorLayouts(t.db, t.clock.now);
  });
  afterAll(() => t?.close());

  run("shows an approved exhibitor's booth with its published, approved materials in order", async () => {
    const page = await t.browser().api.booth.page({ exhibitorId: acme });
    expect(page).toMatchObject({ exhibitorId: acme, slug: "acme", name: { en: "Acme" }, website: null });
    expect(page.floor).toEqual({ slug: "food", name: { ru: "Еда", en: "Food" } });
    expect(page.boothId).toMatch(/^[0-9a-f-]{36}$/);
    expect(page.materials.map((m) => [m.title.en, m.kind, m.url])).toEqual([
      ["m1", "pdf", expect.stringMatching(/^\/materials\/[0-9a-f-]{36}\/download$/)],
      ["m2", "link", "https://acme.test/video"],
      ["m3", "link", null],
    ]);
  });

  run("lists at most five coming approved events, soonest first, including one on now", async () => {
    const page = await t.browser().api.booth.page({ exhibitorId: acme });
    expect(page.upcomingEvents.map((e) => e.title.en)).toEqual(["e-30", "e120", "e180", "e240", "e300"]);
  });

  run("answers a booth that does not exist, or is not approved, with a translated not-found", async () => {
    const unknown = await failure(t.browser("ru").api.booth.page({ exhibitorId: crypto.randomUUID() }));
    expect([unknown.code, unknown.message]).toEqual(["NOT_FOUND", "Не найдено."]);
    expect((await failure(t.browser("en").api.booth.page({ exhibitorId: draft }))).message).toBe(
      "Not found.",
    );
    const visitor = await t.signedIn();
    expect((await failure(visitor.api.booth.page({ exhibitorId: draft }))).code).toBe("NOT_FOUND");
  });

  run("shows a draft booth to its own staff and to organisers", async () => {
    const staff = await t.signedIn();
    await t.db
      .insertInto("members")
      .values({ exhibitor_id: draft, user_id: staff.userId, role: "staff", created_at: T0 })
      .execute();
    expect((await staff.api.booth.page({ exhibitorId: draft })).boothId).toBeNull();
    const organiser = await t.signedIn({ role: "organiser" });
    expect((await organiser.api.booth.page({ exhibitorId: draft })).slug).toBe("d");
  });
});
