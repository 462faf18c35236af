import { TEST_ENGINES } from "@pavilion/db/testing";
import { describe, expect } from "vitest";
import { useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import {
  at,
  companyOn,
  download,
  insertMaterial,
  insertSession,
  type Person,
  registerFor,
  visit,
} from "../services/stats/test-fixtures.ts";
import { failure, type TestApi } from "../testing/index.ts";

describe.each(TEST_ENGINES)("the organisers' analytics on %s", (engine) => {
  let t: TestApi;
  let organiser: Person;
  let owner: Person;
  let anna: Person;
  let boris: Person;
  let clara: Person;
  let acme: string;
  let beta: string;
  let gamma: string;
  let keynote: string;
  let panel: string;

  const run = useCabinetTestApi(engine, async (api) => {
    ({ t, organiser } = api);
    owner = await t.signedIn({ name: "Olga Owner" });
    acme = await companyOn(owner, organiser, "food", { ru: "Акме", en: "Acme" });
    beta = await companyOn(owner, organiser, "food", { ru: "Бета", en: "Beta" });
    gamma = await companyOn(owner, organiser, "tech", { ru: "Гамма", en: "Gamma" });
    [anna, boris, clara] = [await t.signedIn(), await t.signedIn(), await t.signedIn()];
    const brochure = await insertMaterial(t.db, beta, { ru: "Брошюра", en: "Brochure" });
    const menu = await insertMaterial(t.db, acme, { ru: "Меню", en: "Menu" });
    const [colleagues = "", newsletter = ""] = (
      await organiser.api.registration.saveHeardFromOptions({
        options: [
          { label: { ru: "От коллег", en: "From colleagues" } },
          { label: { ru: "Рассылка", en: "Newsletter" } },
        ],
      })
    ).map((option) => option.id);
    const session = (title: string, startsAt: string, stream: string) =>
      insertSession(t.db, api.expo.exhibitionId, { exhibitorId: null, startsAt, title, stream });
    keynote = await session("Keynote", "2026-11-26T07:00:00.000Z", "A");
    panel = await session("Panel", "2026-11-26T09:00:00.000Z", "B");
    // 23 November: Anna, Boris and Clara at acme; Anna twice at beta; Boris at gamma on the other floor.
    at(t, "2026-11-23T09:00:00.000Z");
    for (const person of [anna, boris, clara]) await visit(person, acme);
    await visit(anna, beta);
    await visit(anna, beta);
    await visit(boris, gamma);
    for (const person of [anna, anna, clara]) await download(t, person, brochure);
    await download(t, boris, menu);
    // 24 November: Anna comes back to acme.
    at(t, "2026-11-24T09:00:00.000Z");
    await visit(anna, acme);
    // 25 November: three register for the programme (which counts them among the fair's visitors).
    at(t, "2026-11-25T09:00:00.000Z");
    const annaAt = await registerFor(anna, keynote, colleagues);
    await registerFor(boris, keynote, newsletter);
    await registerFor(clara, panel, colleagues);
    await organiser.api.registration.checkIn({ registrationId: annaAt, present: true });
  });

  run("gives the fair's unique visitors, counted once over the days they came", async () => {
    const dashboard = await organiser.api.stats.organiser({});
    expect([dashboard.from, dashboard.to, dashboard.days.length]).toEqual(["2026-11-20", "2026-11-30", 11]);
    expect(dashboard.uniqueVisitors).toBe(3);
    expect(dashboard.visits).toBe(7);
    const day = (d: string) => dashboard.days.find((row) => row.day === d);
    expect(day("2026-11-23")).toEqual({ day: "2026-11-23", uniqueVisitors: 3, visits: 6 });
    expect(day("2026-11-24")).toEqual({ day: "2026-11-24", uniqueVisitors: 1, visits: 1 });
    expect(day("2026-11-25")).toEqual({ day: "2026-11-25", uniqueVisitors: 3, visits: 0 });
    const second = await organiser.api.stats.organiser({ from: "2026-11-24", to: "2026-11-24" });
    expect([second.uniqueVisitors, second.visits]).toEqual([1, 1]);
  });

  run("splits visitors by floor", async () => {
    const { floors } = await organiser.api.stats.organiser({});
    expect(floors.map((f) => [f.slug, f.name.en, f.visits, f.uniqueVisitors])).toEqual([
      ["food", "Food", 6, 3],
      ["tech", "Tech", 1, 1],
    ]);
  });

  run("ranks exhibitors by unique visitors and materials by downloads", async () => {
    for (const period of [
      {},
      { from: "2026-11-23", to: "2026-11-24" },
      { from: "2026-11-23", to: "2026-11-23" },
    ]) {
      const { topExhibitors, topMaterials } = await organiser.api.stats.organiser(period);
      expect(topExhibitors[0]).toMatchObject({
        exhibitorId: acme,
        name: { en: "Acme" },
        uniqueVisitors: 3,
        heat: 1,
      });
      const rest = topExhibitors.slice(1).map((e) => [e.name.en, e.visits, e.uniqueVisitors, e.heat]);
      expect(rest).toHaveLength(2);
      expect(rest).toEqual(
        expect.arrayContaining([
          ["Beta", 2, 1, expect.any(Number)],
          ["Gamma", 1, 1, 1],
        ]),
      );
      expect(topMaterials.map((m) => [m.title.en, m.exhibitorName.en, m.downloads])).toEqual([
        ["Brochure", "Beta", 3],
        ["Menu", "Acme", 1],
      ]);
    }
    const whole = await organiser.api.stats.organiser({});
    expect(whole.topExhibitors[0]?.visits).toBe(4);
    expect(whole.topExhibitors.find((e) => e.exhibitorId === beta)?.heat).toBeCloseTo(2 / 4);
  });

  run("gives programme turnout per session and stream, and how registrants heard of it", async () => {
    const dashboard = await organiser.api.stats.organiser({});
    expect(
      dashboard.programme.map((p) => [p.eventId, p.stream, p.registered, p.attended, p.attendanceRate]),
    ).toEqual([
      [keynote, "A", 2, 1, 0.5],
      [panel, "B", 1, 0, 0],
    ]);
    expect(dashboard.streams).toEqual([
      { stream: "A", registered: 2, attended: 1 },
      { stream: "B", registered: 1, attended: 0 },
    ]);
    expect(dashboard.heardFrom.map((h) => [h.label.en, h.registrations])).toEqual([
      ["From colleagues", 2],
      ["Newsletter", 1],
    ]);
    const before = await organiser.api.stats.organiser({ from: "2026-11-20", to: "2026-11-25" });
    expect([before.programme, before.heardFrom.map((h) => h.registrations)]).toEqual([[], [0, 0]]);
  });

  run("colours the booths of a floor by their share of the busiest booth's visits", async () => {
    const { booths } = await organiser.api.stats.floorHeat({ floorSlug: "food" });
    const byId = new Map(booths.map((booth) => [booth.exhibitorId, booth]));
    expect(byId.get(acme)).toMatchObject({
      visits: 4,
      uniqueVisitors: 3,
      heat: 1,
      boothId: expect.any(String),
    });
    expect(byId.get(beta)).toMatchObject({ visits: 2, uniqueVisitors: 1, heat: 0.5 });
    expect(byId.has(gamma)).toBe(false);
    for (const booth of booths) expect(booth.heat).toBeGreaterThanOrEqual(0);
    for (const booth of booths) expect(booth.heat).toBeLessThanOrEqual(1);
    const secondDay = await organiser.api.stats.floorHeat({
      floorSlug: "food",
      from: "2026-11-24",
      to: "2026-11-24",
    });
    expect(secondDay.booths.find((b) => b.exhibitorId === beta)).toMatchObject({ visits: 0, heat: 0 });
    expect(secondDay.booths.find((b) => b.exhibitorId === acme)).toMatchObject({ visits: 1, heat: 1 });
    const tech = await organiser.api.stats.floorHeat({ floorSlug: "tech" });
    expect(tech.booths.map((b) => [b.exhibitorId, b.heat])).toEqual([[gamma, 1]]);
    expect((await failure(organiser.api.stats.floorHeat({ floorSlug: "nowhere" }))).code).toBe("NOT_FOUND");
  });

  run("refuses a reversed or too long period with the reason", async () => {
    const reversed = await failure(organiser.api.stats.organiser({ from: "2026-11-25", to: "2026-11-24" }));
    expect([reversed.code, reversed.message]).toEqual([
      "BAD_REQUEST",
      "The period must end on or after the day it starts.",
    ]);
    const tooLong = await failure(organiser.api.stats.floorHeat({ floorSlug: "food", from: "2024-01-01" }));
    expect(tooLong.message).toBe("Choose a period of at most 366 days.");
  });

  run("keeps warmth weights per exhibition, the defaults until organisers change them", async () => {
    const defaults = await organiser.api.stats.warmthSettings({});
    const weights = { ...defaults.weights, "material.download": 25 };
    const saved = await organiser.api.stats.setWarmthSettings({ weights, halfLifeDays: 3 });
    expect(saved).toEqual({ weights, halfLifeDays: 3 });
    expect(await organiser.api.stats.warmthSettings({})).toEqual(saved);
  });

  run("shows the analytics to organisers only", async () => {
    for (const person of [anna, owner]) {
      const settings = await organiser.api.stats.warmthSettings({});
      const calls = [
        () => person.api.stats.organiser({}),
        () => person.api.stats.floorHeat({ floorSlug: "food" }),
        () => person.api.stats.warmthSettings({}),
        () => person.api.stats.setWarmthSettings(settings),
      ];
      for (const call of calls) expect((await failure(call())).code).toBe("FORBIDDEN");
    }
    expect((await failure(t.browser().api.stats.organiser({}))).code).toBe("UNAUTHORIZED");
  });
});
