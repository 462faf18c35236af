/**
 * What visitors see and do with a booth's 3D models and 360° tour: the booth's models and tour
 * (drafts only for insiders), model views and tour time as activity, what they add to the
 * exhibitor's leads and statistics, and the featured model on the floor plan.
 */
import { TEST_ENGINES } from "@pavilion/db/testing";
import { DEFAULT_WARMTH_WEIGHTS } from "@pavilion/schema";
import { describe, expect } from "vitest";
import { approvedCompany, newCompany, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import { insertModel, insertPanorama } from "../services/immersive/visitor-fixtures.ts";
import { MAX_TOUR_STAY_SECONDS } from "../services/immersive/visitor-tour-leave.ts";
import { failure, type TestApi, type TestBrowser } from "../testing/index.ts";

const MINUTE = 60_000;
const card = {
  ...{ name: "Мария Соколова", company: "Вкусно", position: "Закупщик", email: "maria@example.test" },
  ...{ phone: "+7 900 000-00-00", message: "", consent: true as const },
};

describe.each(TEST_ENGINES)("a booth's models and tour for visitors on %s", (engine) => {
  let t: TestApi;
  let owner: TestBrowser & { userId: string };
  let organiser: TestBrowser;
  let exhibitorId: string;
  let draftId: string;
  let lathe: string;
  let draftModel: string;
  const run = useCabinetTestApi(engine, async (api) => {
    ({ t, organiser } = api);
    owner = await t.signedIn();
    exhibitorId = await approvedCompany(owner, organiser);
    draftId = await newCompany(owner, { ru: "Черновик", en: "Draft" });
    const stores = { db: t.db, storage: t.services.storage };
    ({ modelId: lathe } = await insertModel(stores, exhibitorId, {
      title: { ru: "Токарный станок", en: "Lathe" },
      featured: true,
    }));
    await insertModel(stores, exhibitorId, { title: { ru: "Пресс", en: "Press" }, position: 1 });
    await insertPanorama(stores, exhibitorId, { title: { ru: "Цех", en: "Workshop" } });
    await insertPanorama(stores, exhibitorId, { title: { ru: "Склад", en: "Store" }, position: 1 });
    ({ modelId: draftModel } = await insertModel(stores, draftId));
    await insertPanorama(stores, draftId);
  });

  const code = async (promise: Promise<unknown>) => (await failure(promise)).code;
  const activityOf = (userId: string, kind: string) =>
    t.db
      .selectFrom("activity")
      .select(["exhibitor_id", "data"])
      .where("user_id", "=", userId)
      .where("kind", "=", kind)
      .orderBy("id")
      .execute();

  run("shows an approved company's models and tour to anyone, in order", async () => {
    const booth = await t.browser().api.immersive.booth({ exhibitorId });
    expect(booth.models.map((m) => [m.title.en, m.featured])).toEqual([
      ["Lathe", true],
      ["Press", false],
    ]);
    expect(booth.models[0]?.url).toMatch(/^\/files\/[0-9a-f]+/);
    expect(booth.tour.exhibitorId).toBe(exhibitorId);
    expect(booth.tour.panoramas.map((p) => p.title.ru)).toEqual(["Цех", "Склад"]);
    expect(booth.tour.panoramas[0]?.levels[0]).toMatchObject({ width: 2048, height: 1024 });
  });

  run(
    "hides a draft's models and tour from strangers, and shows them to its team and organisers",
    async () => {
      const stranger = await t.signedIn();
      for (const caller of [t.browser(), stranger]) {
        expect(await code(caller.api.immersive.booth({ exhibitorId: draftId }))).toBe("NOT_FOUND");
      }
      expect(await code(stranger.api.immersive.booth({ exhibitorId: crypto.randomUUID() }))).toBe(
        "NOT_FOUND",
      );
      for (const insider of [owner, organiser]) {
        const booth = await insider.api.immersive.booth({ exhibitorId: draftId });
        expect([booth.models.length, booth.tour.panoramas.length]).toEqual([1, 1]);
      }
    },
  );

  run("records a visitor's model view once in ten minutes, never the team's own", async () => {
    const visitor = await t.signedIn();
    const view = (by: TestBrowser) => by.api.immersive.modelViewed({ modelId: lathe });
    expect(await view(visitor)).toEqual({ recorded: true });
    t.clock.advance(5 * MINUTE);
    expect(await view(visitor)).toEqual({ recorded: false });
    t.clock.advance(6 * MINUTE);
    expect(await view(visitor)).toEqual({ recorded: true });
    expect(await view(owner)).toEqual({ recorded: false });
    const rows = await activityOf(visitor.userId, "model.viewed");
    expect(rows).toEqual([
      { exhibitor_id: exhibitorId, data: JSON.stringify({ modelId: lathe }) },
      { exhibitor_id: exhibitorId, data: JSON.stringify({ modelId: lathe }) },
    ]);
    expect(await activityOf(owner.userId, "model.viewed")).toEqual([]);
  });

  run("records no view of a draft's model or an unknown one, and none signed out", async () => {
    const visitor = await t.signedIn();
    for (const modelId of [draftModel, crypto.randomUUID()]) {
      expect(await code(visitor.api.immersive.modelViewed({ modelId }))).toBe("NOT_FOUND");
    }
    expect(await code(t.browser().api.immersive.modelViewed({ modelId: lathe }))).toBe("UNAUTHORIZED");
    expect(await activityOf(visitor.userId, "model.viewed")).toEqual([]);
  });

  run(
    "caps the tour's time by the time since the booth visit and the last tour, and by four hours",
    async () => {
      const visitor = await t.signedIn();
      const leave = (seconds: number, by: TestBrowser = visitor) =>
        by.api.immersive.tourLeft({ exhibitorId, seconds, panoramasSeen: 2 });
      // No visit yet: only the four-hour cap holds.
      expect(await leave(24 * 3600)).toEqual({ seconds: MAX_TOUR_STAY_SECONDS });
      t.clock.advance(10 * MINUTE);
      await visitor.api.visitor.recordBoothVisit({ exhibitorId, source: "floor" });
      t.clock.advance(3 * MINUTE);
      expect(await leave(3600)).toEqual({ seconds: 180 });
      // The same leave sent again (a beacon as the tab closes) finds no time left.
      expect(await leave(3600)).toEqual({ seconds: 0 });
      t.clock.advance(2 * MINUTE);
      expect(await leave(60)).toEqual({ seconds: 60 });
      expect(await leave(600, owner)).toEqual({ seconds: 0 });
      const rows = await activityOf(visitor.userId, "tour.left");
      expect(rows.map((row) => JSON.parse(row.data ?? "null"))).toEqual([
        { seconds: MAX_TOUR_STAY_SECONDS, panoramasSeen: 2 },
        { seconds: 180, panoramasSeen: 2 },
        { seconds: 60, panoramasSeen: 2 },
      ]);
      expect(await activityOf(owner.userId, "tour.left")).toEqual([]);
      const draftTour = visitor.api.immersive.tourLeft({
        exhibitorId: draftId,
        seconds: 60,
        panoramasSeen: 1,
      });
      expect(await code(draftTour)).toBe("NOT_FOUND");
    },
  );

  run(
    "warms the lead of a visitor who left contacts with the model view and the tour's minutes, and counts them",
    async () => {
      const visitor = await t.signedIn({ name: "Maria" });
      const company = await approvedCompany(owner, organiser);
      const stores = { db: t.db, storage: t.services.storage };
      const { modelId } = await insertModel(stores, company, {
        title: { ru: "Сыроварня", en: "Cheese vat" },
      });
      await insertPanorama(stores, company);
      await insertPanorama(stores, company, { position: 1 });
      await visitor.api.booth.leaveContacts({ ...card, exhibitorId: company });
      t.clock.advance(MINUTE);
      await visitor.api.visitor.recordBoothVisit({ exhibitorId: company, source: "floor" });
      await visitor.api.immersive.modelViewed({ modelId });
      t.clock.advance(5 * MINUTE);
      expect(
        await visitor.api.immersive.tourLeft({ exhibitorId: company, seconds: 300, panoramasSeen: 5 }),
      ).toEqual({ seconds: 300 });

      const { rows } = await owner.api.leads.list({ exhibitorId: company });
      expect(rows).toHaveLength(1);
      const lead = await owner.api.leads.card({ exhibitorId: company, leadId: rows[0]?.id ?? "" });
      expect(lead.warmthLines.map((l) => [l.kind, l.basePoints, l.minutes, l.subject?.en ?? null])).toEqual([
        ["tour.minute", DEFAULT_WARMTH_WEIGHTS["tour.minute"] * 5, 5, null],
        ["model.viewed", DEFAULT_WARMTH_WEIGHTS["model.viewed"], null, "Cheese vat"],
        ["booth.visit", DEFAULT_WARMTH_WEIGHTS["booth.visit"], null, null],
        ["contact.left", DEFAULT_WARMTH_WEIGHTS["contact.left"], null, null],
      ]);
      expect(lead.warmth).toBeCloseTo(30 + 3 + 8 + 2 * 5, 0);
      expect(lead.timeline.slice(0, 2).map((i) => [i.kind, i.minutes, i.subject?.ru ?? null])).toEqual([
        ["tour.left", 5, null],
        ["model.viewed", null, "Сыроварня"],
      ]);

      const mine = await visitor.api.privacy.myActivity({});
      expect(mine.items.slice(0, 2).map((i) => [i.kind, i.minutes, i.subject?.en ?? null])).toEqual([
        ["tour.left", 5, null],
        ["model.viewed", null, "Cheese vat"],
      ]);

      const stats = await owner.api.stats.exhibitor({ exhibitorId: company });
      expect(stats.immersive).toEqual({ modelViews: 1, tourVisits: 1, tourSeconds: 300 });
      const panoramasSeen = await activityOf(visitor.userId, "tour.left");
      expect(JSON.parse(panoramasSeen[0]?.data ?? "null")).toEqual({ seconds: 300, panoramasSeen: 2 });
    },
  );

  run("makes no lead of a visitor who only looked at the model and the tour", async () => {
    const visitor = await t.signedIn();
    const company = await approvedCompany(owner, organiser);
    const stores = { db: t.db, storage: t.services.storage };
    const { modelId } = await insertModel(stores, company);
    await insertPanorama(stores, company);
    await visitor.api.immersive.modelViewed({ modelId });
    t.clock.advance(MINUTE);
    await visitor.api.immersive.tourLeft({ exhibitorId: company, seconds: 60, panoramasSeen: 1 });
    expect((await owner.api.leads.list({ exhibitorId: company })).rows).toEqual([]);
  });

  run("stands each booth's featured model on the floor plan, and none where there is none", async () => {
    const plan = await t.browser().api.floor.plan({ slug: "food" });
    const booth = plan.booths.find((b) => b.exhibitorId === exhibitorId);
    expect(booth?.model).toEqual({
      url: expect.stringMatching(/^\/files\//),
      bounds: { min: [-0.5, 0, -0.5], max: [0.5, 1.2, 0.5] },
      title: { ru: "Токарный станок", en: "Lathe" },
    });
    const plain = await approvedCompany(owner, organiser);
    const again = await t.browser().api.floor.plan({ slug: "food" });
    expect(again.booths.find((b) => b.exhibitorId === plain)?.model ?? null).toBeNull();
    // A model featured later shows up on the next plan.
    await insertModel({ db: t.db, storage: t.services.storage }, plain, { featured: true });
    const later = await t.browser().api.floor.plan({ slug: "food" });
    expect(later.booths.find((b) => b.exhibitorId === plain)?.model?.title.en).toBe("Lathe");
  });
});
