/**
 * Reminders end to end: planned at registration, run by the job runner on a controllable clock,
 * delivered by the dispatcher to a real SMTP server; across a crashed runner and two at once.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type Database, dialectOf, type Locale } from "@pavilion/db";
import { postgresAvailableForTests, TEST_ENGINES, testPostgresUrl } from "@pavilion/db/testing";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../../testing/index.ts";
import { insertEvent } from "../events/test-fixtures.ts";
import { insertExhibition, insertExhibitor, T0 } from "../floor/test-fixtures.ts";
import { createJobRunner } from "../jobs/runner.ts";
import { createMailDispatcher, type MailDispatcher } from "../mail/dispatcher.ts";
import { reminderHandlers } from "./handlers.ts";
import { planReminders, replanEventReminders } from "./plan.ts";

const DYING_RUNNER = fileURLToPath(new URL("../jobs/dying-runner.fixture.ts", import.meta.url));
const run = promisify(execFile);
const at = (iso: string) => new Date(iso);

describe.each(TEST_ENGINES)("reminders on %s", (engine) => {
  const skip = engine === "postgres" && !postgresAvailableForTests();
  const test = skip ? it.skip : it;
  let t: TestApi;
  let exhibitionId: string;
  let exhibitorId: string;
  let dispatchers: MailDispatcher[] = [];

  beforeEach(async () => {
    if (skip) return;
    t = await createTestApi(engine);
    ({ exhibitionId } = await insertExhibition(t.db));
    exhibitorId = await insertExhibitor(t.db, exhibitionId, { slug: "pumps", floorId: (await floor()).id });
  });
  afterEach(async () => {
    for (const d of dispatchers) await d.stop();
    dispatchers = [];
    await t?.close();
  });
  const floor = () => t.db.selectFrom("floors").select("id").executeTakeFirstOrThrow();

  const runner = () =>
    createJobRunner({
      ...{ db: t.db, handlers: reminderHandlers(), now: () => t.clock.now, leaseMs: 60_000 },
      ...{ publicUrl: "http://pavilion.test", defaultLocale: "ru" },
    });
  const dispatcher = () => {
    const made = createMailDispatcher({
      db: t.db,
      smtpUrl: t.smtp.url,
      from: "test@pavilion.local",
      now: () => t.clock.now,
    });
    dispatchers.push(made);
    return made;
  };
  const lettersTo = (to: string) => t.smtp.messages.filter((m) => m.to.includes(to));

  async function webinar(startsAt: string, endsAt: string, timeZone: string) {
    const id = await insertEvent(t.db, exhibitionId, { exhibitorId, startsAt, endsAt });
    await t.db
      .updateTable("events")
      .set({ timezone: timeZone, title_ru: "Насосы для молока", title_en: "Pumps for milk" })
      .where("id", "=", id)
      .execute();
    return id;
  }
  /** An accepted registration made now, planned as the registration service plans it. */
  async function registrant(eventId: string, locale: Locale, email: string) {
    const id = crypto.randomUUID();
    await t.db
      .insertInto("registrations")
      .values({
        ...{ id, event_id: eventId, user_id: null, last_name: "Петрова", first_name: "Анна" },
        ...{ company: "Молоко", position: "Технолог", email, phone: "+7 900 000-00-00", heard_from: "" },
        ...{ locale, status: "accepted", reason: null, created_at: t.clock.now.toISOString() },
      })
      .execute();
    await planReminders(t.db, id, t.clock.now);
    return id;
  }

  test("sends each reminder once at its instant, in Russian for a Russian registrant", async () => {
    // Thursday 10 December 2026, 15:00–17:00 in Berlin (UTC+1); registered 23 November, 10:00 there.
    const eventId = await webinar("2026-12-10T14:00:00.000Z", "2026-12-10T16:00:00.000Z", "Europe/Berlin");
    await registrant(eventId, "ru", "anna@example.test");
    const [jobs, mail] = [runner(), dispatcher()];
    const expected = [
      { at: "2026-11-30T09:00:00.000Z", subject: "Напоминание: Насосы для молока, четверг, 10 декабря 2026" },
      { at: "2026-12-07T09:00:00.000Z", subject: "Напоминание: Насосы для молока, четверг, 10 декабря 2026" },
      { at: "2026-12-09T08:00:00.000Z", subject: "Завтра: Насосы для молока" },
      { at: "2026-12-10T13:45:00.000Z", subject: "Через 15 минут: Насосы для молока" },
      { at: "2026-12-10T17:00:00.000Z", subject: "Презентации и запись: Насосы для молока" },
    ];
    for (const [index, step] of expected.entries()) {
      t.clock.now = new Date(at(step.at).getTime() - 1000);
      await jobs.runDue();
      await mail.deliverDue();
      expect(lettersTo("anna@example.test"), `nothing early before ${step.at}`).toHaveLength(index);
      t.clock.now = at(step.at);
      await jobs.runDue();
      await mail.deliverDue();
      expect(lettersTo("anna@example.test")).toHaveLength(index + 1);
      expect(lettersTo("anna@example.test")[index]?.subject).toBe(step.subject);
    }
    t.clock.now = at("2027-01-31T00:00:00.000Z");
    await jobs.runDue();
    await mail.deliverDue();
    const letters = lettersTo("anna@example.test");
    expect(letters).toHaveLength(expected.length);
    const [, , final, soon, materials] = letters.map((l) => l.text);
    expect(final).toContain("Здравствуйте, Анна!");
    expect(final).toContain("четверг, 10 декабря 2026 в 15:00 (Europe/Berlin, GMT+1)");
    expect(final).toContain(`http://pavilion.test/events/${eventId}\n`);
    expect(final).toContain("Pavilion — Выставка");
    expect(soon).toContain(`http://pavilion.test/events/${eventId}/live`);
    expect(materials).toContain(`http://pavilion.test/booths/${exhibitorId}`);
  });

  test("reminds an English registrant at 09:00 in Vladivostok on the day before", async () => {
    // Thursday 26 November 2026, 10:00 in Vladivostok (UTC+10) = 00:00 UTC.
    const eventId = await webinar("2026-11-26T00:00:00.000Z", "2026-11-26T01:00:00.000Z", "Asia/Vladivostok");
    await registrant(eventId, "en", "ivan@example.test");
    const [jobs, mail] = [runner(), dispatcher()];
    t.clock.now = at("2026-11-24T22:59:59.000Z");
    await jobs.runDue();
    await mail.deliverDue();
    expect(lettersTo("ivan@example.test")).toHaveLength(0);
    t.clock.now = at("2026-11-24T23:00:00.000Z");
    await jobs.runDue();
    await mail.deliverDue();
    const [final, ...more] = lettersTo("ivan@example.test");
    expect(more).toEqual([]);
    expect(final?.subject).toBe("Tomorrow: Pumps for milk");
    expect(final?.text).toContain("Thursday, 26 November 2026 at 10:00 (Asia/Vladivostok, GMT+10)");
  });

  test("sends nothing to a cancelled registration or for a cancelled event", async () => {
    const eventId = await webinar("2026-11-23T12:00:00.000Z", "2026-11-23T13:00:00.000Z", "Europe/Moscow");
    const quiet = await registrant(eventId, "ru", "quiet@example.test");
    const late = await registrant(eventId, "en", "late@example.test");
    const otherEvent = await webinar("2026-11-23T14:00:00.000Z", "2026-11-23T15:00:00.000Z", "Europe/Moscow");
    await registrant(otherEvent, "en", "other@example.test");
    // Cancelled the way the registration service does it, and behind the planner's back.
    await cancel(t.db, quiet);
    await planReminders(t.db, quiet, t.clock.now);
    await cancel(t.db, late);
    await t.db.updateTable("events").set({ status: "cancelled" }).where("id", "=", otherEvent).execute();
    const [jobs, mail] = [runner(), dispatcher()];
    t.clock.now = at("2026-11-24T00:00:00.000Z");
    await jobs.runDue();
    await mail.deliverDue();
    expect(t.smtp.messages).toEqual([]);
    const states = await t.db.selectFrom("jobs").select(["dedupe_key", "state"]).execute();
    expect(states.filter((s) => s.dedupe_key.startsWith(`reminder:${quiet}`)).map((s) => s.state)).toEqual([
      "cancelled",
      "cancelled",
    ]);
  });

  test("re-plans the reminders of a moved event instead of sending them at the old time", async () => {
    const eventId = await webinar("2026-11-23T12:00:00.000Z", "2026-11-23T13:00:00.000Z", "Europe/Moscow");
    await registrant(eventId, "en", "moved@example.test");
    const replanned = await registrant(eventId, "en", "replanned@example.test");
    // Moved by two hours; one registration is re-planned at once, the other finds out at run time.
    await t.db
      .updateTable("events")
      .set({ starts_at: "2026-11-23T14:00:00.000Z", ends_at: "2026-11-23T15:00:00.000Z" })
      .where("id", "=", eventId)
      .execute();
    await planReminders(t.db, replanned, t.clock.now);
    const [jobs, mail] = [runner(), dispatcher()];
    t.clock.now = at("2026-11-23T11:45:00.000Z");
    await jobs.runDue();
    await mail.deliverDue();
    expect(t.smtp.messages).toEqual([]);
    await replanEventReminders(t.db, eventId, t.clock.now);
    t.clock.now = at("2026-11-23T13:44:59.000Z");
    await jobs.runDue();
    await mail.deliverDue();
    expect(t.smtp.messages).toEqual([]);
    t.clock.now = at("2026-11-23T13:45:00.000Z");
    await jobs.runDue();
    await mail.deliverDue();
    for (const to of ["moved@example.test", "replanned@example.test"]) {
      const [soon, ...more] = lettersTo(to);
      expect(more).toEqual([]);
      expect(soon?.text).toContain("at 17:00 (Europe/Moscow, GMT+3)");
    }
  });

  test("sends a reminder once when the runner dies inside its transaction and another takes over", async () => {
    const eventId = await webinar("2026-11-23T12:00:00.000Z", "2026-11-23T13:00:00.000Z", "Europe/Moscow");
    const id = await registrant(eventId, "ru", "crash@example.test");
    t.clock.now = at("2026-11-23T11:45:00.000Z");
    const died = await run(process.execPath, [
      DYING_RUNNER,
      await databaseTarget(t.db),
      t.clock.now.toISOString(),
    ]).then(
      () => "exited",
      (error: { signal?: string }) => error.signal,
    );
    expect(died).toBe("SIGKILL");
    // Its letter was never committed; the job is still held by the dead runner's lease.
    expect(await t.db.selectFrom("outbox").select("id").execute()).toEqual([]);
    const soon = () =>
      t.db
        .selectFrom("jobs")
        .select(["state", "attempts"])
        .where("dedupe_key", "=", `reminder:${id}:soon`)
        .executeTakeFirstOrThrow();
    expect(await soon()).toEqual({ state: "running", attempts: 1 });
    const [jobs, mail] = [runner(), dispatcher()];
    t.clock.advance(30_000);
    expect(await jobs.runDue()).toBe(0);
    t.clock.advance(31_000);
    expect(await jobs.runDue()).toBe(1);
    await mail.deliverDue();
    t.clock.advance(60_000);
    await jobs.runDue();
    await mail.deliverDue();
    expect(lettersTo("crash@example.test").map((l) => l.subject)).toEqual([
      "Через 15 минут: Насосы для молока",
    ]);
    expect(await soon()).toEqual({ state: "done", attempts: 2 });
  });

  test("sends one letter per reminder when two runners and two dispatchers work at once", async () => {
    const eventId = await webinar("2026-11-23T12:00:00.000Z", "2026-11-23T13:00:00.000Z", "Europe/Moscow");
    const people = Array.from({ length: 8 }, (_, i) => `guest${i}@example.test`);
    for (const to of people) await registrant(eventId, "en", to);
    t.clock.now = at("2026-11-23T11:45:00.000Z");
    const [ranByA, ranByB] = await Promise.all([runner().runDue(), runner().runDue()]);
    expect(ranByA + ranByB).toBe(people.length);
    await Promise.all([dispatcher().deliverDue(), dispatcher().deliverDue()]);
    for (const to of people) expect(lettersTo(to)).toHaveLength(1);
  });
});

async function cancel(db: Database, registrationId: string) {
  await db
    .updateTable("registrations")
    .set({ status: "cancelled", cancelled_at: T0 })
    .where("id", "=", registrationId)
    .execute();
}

/** How another process opens the same database: the SQLite file, or the PostgreSQL URL. */
async function databaseTarget(db: Database): Promise<string> {
  if (dialectOf(db) === "sqlite") {
    const { rows } = await sql<{ file: string }>`pragma database_list`.execute(db);
    return rows[0]?.file ?? "";
  }
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(db);
  const server = new URL(testPostgresUrl() ?? "");
  server.pathname = `/${rows[0]?.name ?? ""}`;
  return server.toString();
}
