import { TEST_ENGINES } from "@pavilion/db/testing";
import { describe, expect } from "vitest";
import { emailOf, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import {
  at,
  companyOn,
  download,
  insertMaterial,
  insertSession,
  leave,
  leaveCard,
  type Person,
  registerFor,
  visit,
} from "../services/stats/test-fixtures.ts";
import { failure, type TestApi } from "../testing/index.ts";

describe.each(TEST_ENGINES)("an exhibitor's statistics on %s", (engine) => {
  let t: TestApi;
  let owner: Person;
  let otherOwner: Person;
  let acme: string;
  let other: string;
  let anna: Person;
  let boris: Person;
  let clara: Person;
  let webinar: string;
  let priceList: string;

  const run = useCabinetTestApi(engine, async (api) => {
    ({ t } = api);
    const { organiser } = api;
    owner = await t.signedIn({ name: "Olga Owner" });
    otherOwner = await t.signedIn({ name: "Oleg Other" });
    acme = await companyOn(owner, organiser, "food", { ru: "Акме", en: "Acme" });
    other = await companyOn(otherOwner, organiser, "food", { ru: "Другая", en: "Other" });
    [anna, boris, clara] = [await t.signedIn(), await t.signedIn(), await t.signedIn()];
    priceList = await insertMaterial(t.db, acme, { ru: "Прайс-лист", en: "Price list" }, 0);
    await insertMaterial(t.db, acme, { ru: "Каталог", en: "Catalogue" }, 1);
    const [heard = ""] = (
      await organiser.api.registration.saveHeardFromOptions({
        options: [{ label: { ru: "От коллег", en: "From colleagues" } }],
      })
    ).map((option) => option.id);
    webinar = await insertSession(t.db, api.expo.exhibitionId, {
      ...{ exhibitorId: acme, startsAt: "2026-11-27T07:00:00.000Z", title: "CNC" },
    });
    // 23 November, noon in Moscow: Anna comes twice, Boris once; both stay a while.
    at(t, "2026-11-23T09:00:00.000Z");
    await visit(anna, acme);
    await visit(boris, acme);
    await anna.api.booth.recordVideoPlay({ exhibitorId: acme });
    await download(t, anna, priceList);
    await anna.api.chat.send({ exhibitorId: acme, body: "Do you ship to Kazan?" });
    await leaveCard(anna, acme);
    at(t, "2026-11-23T09:10:00.000Z");
    await leave(anna, acme, 120);
    await leave(boris, acme, 60);
    at(t, "2026-11-23T15:00:00.000Z");
    await visit(anna, acme);
    await visit(anna, other);
    // 00:30 on 24 November in Moscow (still the 23rd in UTC): Anna again, and Clara later that day.
    at(t, "2026-11-23T21:30:00.000Z");
    await visit(anna, acme);
    at(t, "2026-11-24T10:00:00.000Z");
    await visit(clara, acme);
    // The webinar: three register, Clara cancels, Anna is checked in at the desk.
    const annaAt = await registerFor(anna, webinar, heard);
    await registerFor(boris, webinar, heard);
    const claraAt = await registerFor(clara, webinar, heard);
    await clara.api.registration.cancel({ registrationId: claraAt });
    await owner.api.registration.checkIn({ registrationId: annaAt, present: true });
  });

  run("counts each day of the exhibition in its own time zone", async () => {
    const stats = await owner.api.stats.exhibitor({ exhibitorId: acme });
    expect([stats.from, stats.to, stats.days.length]).toEqual(["2026-11-20", "2026-11-30", 11]);
    const day = (d: string) => stats.days.find((row) => row.day === d);
    expect(day("2026-11-23")).toEqual({
      ...{ day: "2026-11-23", visits: 3, uniqueVisitors: 2, dwellSeconds: 180 },
      ...{ downloads: 1, videoPlays: 1, chatMessages: 1 },
    });
    expect(day("2026-11-24")).toMatchObject({ visits: 2, uniqueVisitors: 2, downloads: 0 });
    expect(day("2026-11-20")).toMatchObject({ visits: 0, uniqueVisitors: 0 });
  });

  run("counts a visitor once over the period, though once on each day they came", async () => {
    const { totals, days } = await owner.api.stats.exhibitor({ exhibitorId: acme });
    expect(days.reduce((sum, d) => sum + d.uniqueVisitors, 0)).toBe(4);
    expect(totals).toEqual({
      ...{ visits: 5, uniqueVisitors: 3, dwellSeconds: 180, averageSecondsPerVisit: 36 },
      ...{ downloads: 1, videoPlays: 1, chatMessages: 1, contacts: 1, meetings: 0 },
    });
    const secondDay = await owner.api.stats.exhibitor({
      exhibitorId: acme,
      from: "2026-11-24",
      to: "2026-11-30",
    });
    expect(secondDay.days.map((d) => d.day)).toEqual([
      ...["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"],
      ...["2026-11-28", "2026-11-29", "2026-11-30"],
    ]);
    expect(secondDay.totals).toMatchObject({ visits: 2, uniqueVisitors: 2, downloads: 0, contacts: 0 });
    const firstDay = await owner.api.stats.exhibitor({
      exhibitorId: acme,
      from: "2026-11-23",
      to: "2026-11-23",
    });
    expect(firstDay.totals).toMatchObject({ visits: 3, uniqueVisitors: 2, downloads: 1 });
  });

  run("lists downloads per material and the webinar's attendance rate", async () => {
    const stats = await owner.api.stats.exhibitor({ exhibitorId: acme });
    expect(stats.materials.map((m) => [m.title.en, m.downloads])).toEqual([
      ["Price list", 1],
      ["Catalogue", 0],
    ]);
    expect(stats.webinars).toEqual([
      {
        ...{ eventId: webinar, title: { ru: "CNC", en: "CNC" }, startsAt: "2026-11-27T07:00:00.000Z" },
        ...{ registered: 2, attended: 1, attendanceRate: 0.5 },
      },
    ]);
    const before = await owner.api.stats.exhibitor({
      exhibitorId: acme,
      from: "2026-11-20",
      to: "2026-11-26",
    });
    expect(before.webinars).toEqual([]);
  });

  run("shows what a visitor just did at once", async () => {
    const dora = await t.signedIn();
    at(t, "2026-11-25T08:00:00.000Z");
    await visit(dora, acme);
    const stats = await owner.api.stats.exhibitor({
      exhibitorId: acme,
      from: "2026-11-25",
      to: "2026-11-25",
    });
    expect(stats.totals).toMatchObject({ visits: 1, uniqueVisitors: 1 });
  });

  run("refuses a reversed or too long period, saying why in the caller's language", async () => {
    const reversed = await failure(
      owner.api.stats.exhibitor({ exhibitorId: acme, from: "2026-11-25", to: "2026-11-24" }),
    );
    expect([reversed.code, reversed.message]).toEqual([
      "BAD_REQUEST",
      "The period must end on or after the day it starts.",
    ]);
    const tooLong = await failure(
      owner.api.stats.exhibitor({ exhibitorId: acme, from: "2025-01-01", to: "2026-11-30" }),
    );
    expect([tooLong.code, tooLong.message]).toEqual(["BAD_REQUEST", "Choose a period of at most 366 days."]);
    const russian = t.browser("ru");
    await russian.api.auth.signIn({
      email: await emailOf(t, owner.userId),
      password: "correct horse battery",
    });
    const inRussian = await failure(
      russian.api.stats.exhibitor({ exhibitorId: acme, from: "2026-11-25", to: "2026-11-24" }),
    );
    expect(inRussian.message).toBe("Период должен заканчиваться не раньше дня начала.");
  });

  run("shows an exhibitor's figures to its own team only", async () => {
    const stranger = await failure(otherOwner.api.stats.exhibitor({ exhibitorId: acme }));
    expect(stranger.code).toBe("FORBIDDEN");
    expect((await failure(anna.api.stats.exhibitor({ exhibitorId: acme }))).code).toBe("FORBIDDEN");
    expect((await failure(t.browser().api.stats.exhibitor({ exhibitorId: acme }))).code).toBe("UNAUTHORIZED");
    const theirs = await otherOwner.api.stats.exhibitor({ exhibitorId: other });
    expect(theirs.totals).toMatchObject({ visits: 1, uniqueVisitors: 1, downloads: 0 });
  });
});
