/** The programme as visitors use it: the schedule and its filters, an event's page, my agenda, my feed. */
import { postgresAvailableForTests, TEST_ENGINES } from "@pavilion/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appError } from "../services/cabinet/test-fixtures.ts";
import { insertExhibition, insertExhibitor } from "../services/floor/test-fixtures.ts";
import { insertRegistration, insertSession, insertSpeaker } from "../services/programme/test-fixtures.ts";
import { createTestApi, failure, type TestApi, type TestBrowser } from "../testing/index.ts";

describe.each(TEST_ENGINES)("the programme on %s", (engine) => {
  let t: TestApi;
  let visitor: TestBrowser & { userId: string };
  let organiser: TestBrowser & { userId: string };
  const ids: Record<string, string> = {};
  const skip = engine === "postgres" && !postgresAvailableForTests();
  const run = skip ? it.skip : it;

  beforeAll(async () => {
    if (skip) return;
    t = await createTestApi(engine);
    visitor = await t.signedIn();
    organiser = await t.signedIn({ role: "organiser" });
    const { exhibitionId, food } = await insertExhibition(t.db);
    const acme = await insertExhibitor(t.db, exhibitionId, { slug: "acme", floorId: food, nameRu: "Акме" });
    const session = (key: string, changes: Parameters<typeof insertSession>[2]) =>
      insertSession(t.db, exhibitionId, changes).then((id) => {
        ids[key] = id;
        return id;
      });
    // 23:30 on the 24th in Moscow (20:30 UTC): the 24th.
    await session("lateAi", {
      ...{ stream: "B", format: "seminar", title_ru: "Искусственный интеллект в школе" },
      ...{
        title_en: "AI at school",
        starts_at: "2026-11-24T20:30:00.000Z",
        ends_at: "2026-11-24T20:55:00.000Z",
      },
    });
    // 00:30 on the 25th in Moscow, though still the 24th in UTC.
    await session("pastMidnight", {
      ...{ stream: "A", format: "workshop", title_ru: "Ночной практикум", title_en: "Night workshop" },
      ...{ starts_at: "2026-11-24T21:30:00.000Z", ends_at: "2026-11-24T22:30:00.000Z", capacity: 3 },
    });
    await session("morningA", {
      ...{ stream: "A", format: "presentation", title_ru: "Пленарное заседание", title_en: "Plenary" },
      ...{ starts_at: "2026-11-24T08:00:00.000Z", ends_at: "2026-11-24T09:00:00.000Z" },
    });
    await session("morningWebinar", {
      ...{ exhibitor_id: acme, kind: "webinar", format: "master_class", title_ru: "Мастер-класс" },
      ...{
        title_en: "Master class",
        starts_at: "2026-11-24T08:00:00.000Z",
        ends_at: "2026-11-24T09:00:00.000Z",
      },
    });
    await session("cancelled", {
      ...{ stream: "C", title_ru: "Отменённая", title_en: "Called off", status: "cancelled" },
      ...{ starts_at: "2026-11-26T08:00:00.000Z", ends_at: "2026-11-26T09:00:00.000Z" },
    });
    await session("draft", { stream: "D", title_en: "Draft", status: "draft" });
    await session("meeting", { kind: "meeting", stream: "E", title_en: "One-to-one", exhibitor_id: acme });
    await insertSpeaker(t.db, exhibitionId, ids.morningA as string, {
      ...{ ru: "Ёлкина Ольга", en: "Olga Yolkina", companyRu: "Яндекс", companyEn: "Yandex", position: 1 },
    });
    await insertSpeaker(t.db, exhibitionId, ids.morningA as string, { ru: "Пётр Бобров", en: "Petr Bobrov" });
  });
  afterAll(() => t?.close());

  const titles = (events: { title: { en: string } }[]) => events.map((event) => event.title.en);

  run("lists approved and cancelled events by start then stream, without meetings or drafts", async () => {
    const schedule = await visitor.api.programme.schedule({});
    expect(schedule.timezone).toBe("Europe/Moscow");
    expect(titles(schedule.events)).toEqual([
      "Master class",
      "Plenary",
      "AI at school",
      "Night workshop",
      "Called off",
    ]);
    expect(schedule.events.find((e) => e.title.en === "Called off")?.status).toBe("cancelled");
    expect(schedule.events.find((e) => e.title.en === "Master class")?.host.name.ru).toBe("Акме");
    expect(schedule.events.find((e) => e.title.en === "Plenary")?.host.name.ru).toBe("Выставка");
  });

  run("cuts days in the exhibition's time zone: 00:30 in Moscow is the next day", async () => {
    const schedule = await visitor.api.programme.schedule({ day: "2026-11-24" });
    expect(titles(schedule.events)).toEqual(["Master class", "Plenary", "AI at school"]);
    expect(schedule.days).toEqual(["2026-11-24", "2026-11-25", "2026-11-26"]);
    const next = await visitor.api.programme.schedule({ day: "2026-11-25" });
    expect(titles(next.events)).toEqual(["Night workshop"]);
  });

  run("filters by stream, format and kind, keeping every day and stream on offer", async () => {
    const streamA = await visitor.api.programme.schedule({ stream: "A" });
    expect(titles(streamA.events)).toEqual(["Plenary", "Night workshop"]);
    expect(streamA.streams).toEqual(["A", "B", "C"]);
    expect(titles((await visitor.api.programme.schedule({ format: "workshop" })).events)).toEqual([
      "Night workshop",
    ]);
    expect(titles((await visitor.api.programme.schedule({ kind: "webinar" })).events)).toEqual([
      "Master class",
    ]);
    expect((await visitor.api.programme.schedule({ stream: "Z" })).events).toEqual([]);
  });

  run("searches titles, speakers and companies in Russian in any letter case, ё as е", async () => {
    const search = async (text: string) =>
      titles((await visitor.api.programme.schedule({ search: text })).events);
    expect(await search("ИСКУССТВЕННЫЙ интеллект")).toEqual(["AI at school"]);
    expect(await search("елкина")).toEqual(["Plenary"]);
    expect(await search("ЯНДЕКС")).toEqual(["Plenary"]);
    expect(await search("yandex")).toEqual(["Plenary"]);
    expect(await search("искусственный пленарное")).toEqual([]);
  });

  run("shows speakers in their order, seats left and the caller's own status", async () => {
    const nightId = ids.pastMidnight as string;
    await insertRegistration(t.db, nightId, { status: "pending" });
    await insertRegistration(t.db, nightId, { status: "rejected" });
    await insertRegistration(t.db, nightId, { userId: visitor.userId, status: "accepted" });
    const schedule = await visitor.api.programme.schedule({});
    const night = schedule.events.find((event) => event.id === nightId);
    expect(night).toMatchObject({ capacity: 3, seatsLeft: 1, myStatus: "accepted" });
    const plenary = schedule.events.find((event) => event.title.en === "Plenary");
    expect(plenary?.speakers.map((s) => s.name.en)).toEqual(["Petr Bobrov", "Olga Yolkina"]);
    expect(plenary?.seatsLeft).toBeNull();
    const anonymous = await t.browser().api.programme.schedule({});
    expect(anonymous.events.find((event) => event.id === nightId)?.myStatus).toBeNull();
  });

  run("shows an event's agenda in order with theses and speakers, and its links", async () => {
    const eventId = ids.morningA as string;
    const speakerId = (
      await t.db
        .selectFrom("speakers")
        .select("id")
        .where("name_en", "=", "Olga Yolkina")
        .executeTakeFirstOrThrow()
    ).id;
    const item = (position: number, kind: "registration" | "talk", title: string, theses: string) => ({
      ...{ id: crypto.randomUUID(), event_id: eventId, position, kind, title_ru: title, title_en: title },
      ...{
        starts_at: "2026-11-24T08:00:00.000Z",
        duration_minutes: 10,
        theses_ru: theses,
        theses_en: theses,
      },
      speaker_id: kind === "talk" ? speakerId : null,
    });
    await t.db
      .insertInto("event_agenda_items")
      .values([
        item(1, "talk", "Доклад", "Первый тезис\n\nВторой тезис\r\nТретий"),
        item(0, "registration", "Регистрация", ""),
      ])
      .execute();
    const page = await visitor.api.programme.event({ eventId });
    expect(page.agenda.map((a) => a.kind)).toEqual(["registration", "talk"]);
    expect(page.agenda[1]?.theses.ru).toEqual(["Первый тезис", "Второй тезис", "Третий"]);
    expect(page.agenda[1]?.speaker).toEqual({
      name: { ru: "Ёлкина Ольга", en: "Olga Yolkina" },
      company: { ru: "Яндекс", en: "Yandex" },
    });
    expect(page.agenda[0]?.speaker).toBeNull();
    expect(page.speakerBios.map((b) => b.bio.en)).toEqual(["About Petr Bobrov", "About Olga Yolkina"]);
    expect(page).toMatchObject({ icsUrl: `/events/${eventId}.ics`, liveUrl: `/events/${eventId}/live` });
  });

  run("hides a draft's page from visitors but not from organisers", async () => {
    const eventId = ids.draft as string;
    expect(appError(await failure(visitor.api.programme.event({ eventId }))).code).toBe("notFound");
    expect((await organiser.api.programme.event({ eventId })).title.en).toBe("Draft");
  });

  run("keeps a cancelled event's page readable, marked, and a meeting's private to its sides", async () => {
    expect((await visitor.api.programme.event({ eventId: ids.cancelled as string })).status).toBe(
      "cancelled",
    );
    const meeting = ids.meeting as string;
    expect(appError(await failure(visitor.api.programme.event({ eventId: meeting }))).code).toBe("notFound");
    const booker = await t.signedIn();
    await insertRegistration(t.db, meeting, { userId: booker.userId, status: "accepted" });
    expect((await booker.api.programme.event({ eventId: meeting })).kind).toBe("meeting");
  });

  run("lists what I registered for, soonest first, and none of what I cancelled or was refused", async () => {
    const me = await t.signedIn();
    await insertRegistration(t.db, ids.cancelled as string, { userId: me.userId, status: "pending" });
    await insertRegistration(t.db, ids.morningA as string, { userId: me.userId, status: "accepted" });
    await insertRegistration(t.db, ids.lateAi as string, { userId: me.userId, status: "cancelled" });
    await insertRegistration(t.db, ids.morningWebinar as string, { userId: me.userId, status: "rejected" });
    const agenda = await me.api.programme.myAgenda();
    expect(titles(agenda.events)).toEqual(["Plenary", "Called off"]);
    expect(agenda.events.map((e) => e.myStatus)).toEqual(["accepted", "pending"]);
    expect(agenda.calendarFeedUrl).toBeNull();
    expect(appError(await failure(t.browser().api.programme.myAgenda())).code).toBe("auth.signInRequired");
  });

  run("makes a calendar feed URL once, and a new one on rotation", async () => {
    const me = await t.signedIn();
    const { url } = await me.api.programme.calendarFeed({});
    expect(url).toMatch(/^http:\/\/pavilion\.test\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await me.api.programme.calendarFeed({})).url).toBe(url);
    expect((await me.api.programme.myAgenda()).calendarFeedUrl).toBe(url);
    const rotated = await me.api.programme.calendarFeed({ rotate: true });
    expect(rotated.url).not.toBe(url);
    expect((await me.api.programme.myAgenda()).calendarFeedUrl).toBe(rotated.url);
  });
});
