/**
 * Pre-moderated registrations (decisions within 2 days, never the day before, accepted by the
 * deadline job when nobody decided), the check-in desk, the registrant list and its turnout.
 */
import { TEST_ENGINES } from "@pavilion/db/testing";
import { describe, expect } from "vitest";
import { appError, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import { acceptOverdueApplication } from "../services/registration/decision-deadline.ts";
import {
  formFor,
  icsProperty,
  lettersAbout,
  newEvent,
  type Person,
  type RegistrationWorld,
  registrationWorld,
  signUpIn,
} from "../services/registration/test-fixtures.ts";
import { failure, type TestApi } from "../testing/index.ts";

describe.each(TEST_ENGINES)("pre-moderation, check-in and registrants on %s", (engine) => {
  let t: TestApi;
  let w: RegistrationWorld;
  const run = useCabinetTestApi(engine, async (api) => {
    t = api.t;
    w = await registrationWorld(api);
  });
  const at = (iso: string) => {
    t.clock.now = new Date(iso);
  };
  const row = (id: string) =>
    t.db.selectFrom("registrations").selectAll().where("id", "=", id).executeTakeFirst();
  const jobFor = (id: string) =>
    t.db
      .selectFrom("jobs")
      .selectAll()
      .where("dedupe_key", "=", `registration:deadline:${id}`)
      .executeTakeFirst();

  /** A pending application of a new person for the event. */
  async function apply(eventId: string, locale: "ru" | "en" = "en"): Promise<{ person: Person; id: string }> {
    const person = await signUpIn(t, locale, "Applicant");
    const result = await person.api.registration.register({ eventId, form: formFor(w, person) });
    expect(result.status).toBe("pending");
    return { person, id: result.id };
  }

  run("keeps an application pending, with its deadline 48 h on, and mails that it was received", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w, { mode: "premoderated", startsAt: "2026-11-30T07:00:00.000Z" });
    const { person, id } = await apply(eventId, "ru");
    const due = "2026-11-25T09:00:00.000Z";
    expect((await person.api.registration.formState({ eventId })).mine).toMatchObject({
      ...{ id, status: "pending", decisionDueAt: due },
    });
    expect(await jobFor(id)).toMatchObject({
      kind: "registration.decisionDeadline",
      run_at: due,
      state: "pending",
    });
    const [letter] = lettersAbout(t, person.email, "Заявка получена");
    expect(letter?.text).toContain("не позднее 25 ноября 2026, 12:00 (время Europe/Moscow)");
    expect(letter?.attachments).toEqual([]);
  });

  run("sets the deadline at the start of the day before the event, in the event's time zone", async () => {
    at("2026-11-23T09:00:00.000Z");
    // 10:00 in Moscow on 25 November: the day before begins at 00:00 Moscow on the 24th (21:00 UTC on the 23rd).
    const eventId = await newEvent(w, { mode: "premoderated", startsAt: "2026-11-25T07:00:00.000Z" });
    const { id } = await apply(eventId);
    expect((await row(id))?.decision_due_at).toBe("2026-11-23T21:00:00.000Z");

    at("2026-11-23T20:59:00.000Z");
    const before = await w.host.api.registration.registrants({ eventId });
    expect(before.registrants[0]?.rejectableUntil).toBe("2026-11-23T21:00:00.000Z");
    at("2026-11-23T22:00:00.000Z"); // still the 23rd in UTC, already the 24th in Moscow
    const refused = await failure(
      w.host.api.registration.decide({ registrationId: id, decision: "reject", reason: "Full" }),
    );
    expect(appError(refused).code).toBe("registration.dayBefore");
    expect(refused.message).toBe(
      "Nobody may be rejected on the day before the event or later; this application can only be accepted.",
    );
    expect((await row(id))?.status).toBe("pending");
    const listed = await w.host.api.registration.registrants({ eventId });
    expect(listed.registrants[0]?.rejectableUntil).toBeNull();
    // Accepting is still allowed.
    expect((await w.host.api.registration.decide({ registrationId: id, decision: "accept" })).status).toBe(
      "accepted",
    );
  });

  run("accepts an application on the host's decision and mails the acceptance with the .ics", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w, { mode: "premoderated" });
    const { person, id } = await apply(eventId, "ru");
    t.clock.advance(3600_000);
    const decided = await w.host.api.registration.decide({ registrationId: id, decision: "accept" });
    expect(decided).toMatchObject({
      status: "accepted",
      decidedAt: t.clock.now.toISOString(),
      rejectableUntil: null,
    });
    expect(await row(id)).toMatchObject({ decided_by: w.host.userId });
    expect((await jobFor(id))?.state).toBe("cancelled");
    const [letter] = lettersAbout(t, person.email, "Ваша заявка одобрена");
    expect(icsProperty(letter?.attachments[0]?.content ?? "", "DTSTART")).toBe("20261127T070000Z");
    const again = await failure(w.host.api.registration.decide({ registrationId: id, decision: "accept" }));
    expect(appError(again).code).toBe("registration.notPending");
    expect(again.message).toBe("This application has already been decided.");
  });

  run(
    "rejects within 2 days with a reason the person sees and reads, and lets them apply again",
    async () => {
      at("2026-11-23T09:00:00.000Z");
      const eventId = await newEvent(w, { mode: "premoderated" });
      const { person, id } = await apply(eventId, "ru");
      at("2026-11-25T08:59:00.000Z");
      const rejected = await w.organiser.api.registration.decide({
        registrationId: id,
        decision: "reject",
        reason: "Семинар только для дилеров",
      });
      expect(rejected).toMatchObject({ status: "rejected", reason: "Семинар только для дилеров" });
      expect((await person.api.registration.formState({ eventId })).mine).toMatchObject({
        status: "rejected",
        reason: "Семинар только для дилеров",
      });
      const [letter] = lettersAbout(t, person.email, "Заявка не принята");
      expect(letter?.text).toContain("Семинар только для дилеров");
      expect(letter?.text).toContain(`http://pavilion.test/events/${eventId}`);
      expect(letter?.attachments).toEqual([]);
      t.clock.advance(60_000);
      const again = await person.api.registration.register({ eventId, form: formFor(w, person) });
      expect(again.status).toBe("pending");
      expect((await person.api.registration.formState({ eventId })).mine?.id).toBe(again.id);
    },
  );

  run("refuses a rejection after 2 days, naming the deadline, and writes nothing", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w, { mode: "premoderated", startsAt: "2026-11-30T07:00:00.000Z" });
    const { id } = await apply(eventId);
    at("2026-11-25T09:00:01.000Z");
    const late = await failure(
      w.host.api.registration.decide({ registrationId: id, decision: "reject", reason: "Too late" }),
    );
    expect(appError(late)).toEqual({
      code: "registration.decisionLate",
      params: { deadline: "25 November 2026, 12:00 (Europe/Moscow time)" },
    });
    expect(late.message).toBe(
      "A rejection must come within 2 days of the application (by 25 November 2026, 12:00 (Europe/Moscow time)); this application can now only be accepted.",
    );
    expect(await row(id)).toMatchObject({ status: "pending", reason: null, decided_at: null });
  });

  run("refuses a rejection without a reason", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w, { mode: "premoderated" });
    const { id } = await apply(eventId);
    const refused = await failure(
      w.host.api.registration.decide({ registrationId: id, decision: "reject", reason: "   " }),
    );
    expect(appError(refused).fields?.reason?.code).toBe("required");
    expect((await row(id))?.status).toBe("pending");
  });

  run("accepts an overdue application once when its deadline job runs, however often it runs", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w, { mode: "premoderated", startsAt: "2026-11-30T07:00:00.000Z" });
    const { id } = await apply(eventId, "ru");
    const decided = await apply(eventId);
    await w.host.api.registration.decide({ registrationId: decided.id, decision: "reject", reason: "No" });

    const runAt = new Date("2026-11-25T09:00:00.000Z");
    const ctx = { db: t.db, now: runAt, publicUrl: "http://pavilion.test", defaultLocale: "ru" as const };
    for (let round = 0; round < 2; round += 1) {
      await acceptOverdueApplication({ registrationId: id }, ctx);
      await acceptOverdueApplication({ registrationId: decided.id }, ctx);
    }
    expect(await row(id)).toMatchObject({
      ...{ status: "accepted", decided_by: null, reason: null, decided_at: runAt.toISOString() },
    });
    expect((await row(decided.id))?.status).toBe("rejected");
    const letters = await t.db
      .selectFrom("outbox")
      .selectAll()
      .where("dedupe_key", "like", "registration:accepted:%")
      .execute();
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ dedupe_key: `registration:accepted:${id}`, sent_at: null });
    expect(letters[0]?.subject).toContain("Ваша заявка одобрена");
    const [ics] = JSON.parse(letters[0]?.attachments ?? "[]") as { filename: string; content: string }[];
    expect(ics?.filename).toBe("event.ics");
    expect(icsProperty(ics?.content ?? "", "UID")).toBe(`${eventId}@pavilion`);
  });

  run("counts pending applications against the capacity, so accepting never overbooks", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w, { mode: "premoderated", capacity: 1 });
    const { id } = await apply(eventId);
    const late = await signUpIn(t, "en", "Late");
    const full = await failure(late.api.registration.register({ eventId, form: formFor(w, late) }));
    expect(appError(full).code).toBe("registration.full");
    await w.host.api.registration.decide({ registrationId: id, decision: "accept" });
    expect((await late.api.registration.formState({ eventId })).seatsLeft).toBe(0);
  });

  run("lets only the event's hosts and organisers decide", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w, { mode: "premoderated" });
    const { person, id } = await apply(eventId);
    for (const outsider of [w.otherHost, person]) {
      const refused = await failure(
        outsider.api.registration.decide({ registrationId: id, decision: "accept" }),
      );
      expect(refused.code).toBe("FORBIDDEN");
    }
    expect((await row(id))?.status).toBe("pending");
  });

  run("cancels an application with its deadline job; refuses to cancel once the event started", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w, { mode: "premoderated" });
    const { person, id } = await apply(eventId);
    const stranger = await signUpIn(t, "en", "Stranger");
    expect((await failure(stranger.api.registration.cancel({ registrationId: id }))).code).toBe("FORBIDDEN");
    const state = await person.api.registration.cancel({ registrationId: id });
    expect(state.mine).toMatchObject({ id, status: "cancelled" });
    expect((await jobFor(id))?.state).toBe("cancelled");
    expect((await row(id))?.cancelled_at).toBe(t.clock.now.toISOString());

    const other = await apply(eventId);
    await w.host.api.registration.decide({ registrationId: other.id, decision: "accept" });
    at("2026-11-27T07:00:00.000Z");
    const started = await failure(other.person.api.registration.cancel({ registrationId: other.id }));
    expect(appError(started).code).toBe("registration.notCancellable");
    expect((await row(other.id))?.status).toBe("accepted");
  });

  run("marks arrivals at the desk and shows the turnout", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w);
    const people = [];
    for (const name of ["Алексеев", "Борисова", "Власов"]) {
      const person = await signUpIn(t, "ru", name);
      const result = await person.api.registration.register({
        eventId,
        form: formFor(w, person, { lastName: name }),
      });
      people.push({ person, id: result.id });
    }
    const [a, b, c] = people;
    if (!a || !b || !c) throw new Error("people");
    await c.person.api.registration.cancel({ registrationId: c.id });
    at("2026-11-27T06:50:00.000Z");
    const marked = await w.host.api.registration.checkIn({ registrationId: a.id, present: true });
    expect(marked.checkedInAt).toBe("2026-11-27T06:50:00.000Z");
    expect(await row(a.id)).toMatchObject({ checked_in_by: w.host.userId });
    const notAccepted = await failure(
      w.host.api.registration.checkIn({ registrationId: c.id, present: true }),
    );
    expect(appError(notAccepted).code).toBe("registration.notAccepted");
    expect(
      (await failure(a.person.api.registration.checkIn({ registrationId: a.id, present: true }))).code,
    ).toBe("FORBIDDEN");

    const list = await w.organiser.api.registration.registrants({ eventId });
    expect(list.registrants.map((r) => r.lastName)).toEqual(["Алексеев", "Борисова", "Власов"]);
    expect(list.turnout).toEqual({
      ...{ registered: 2, accepted: 2, pending: 0, rejected: 0, cancelled: 1 },
      ...{ attended: 1, attendedPct: 50 },
    });
    expect(list.exports).toEqual({
      xlsx: `/events/${eventId}/registrants.xlsx`,
      csv: `/events/${eventId}/registrants.csv`,
    });
    expect(list.registrants[0]?.heardFrom).toEqual({ ru: "От коллег", en: "From colleagues" });

    // Joining the webinar counts as attending too; taking the desk mark back uncounts it.
    await t.db
      .updateTable("registrations")
      .set({ attended_at: "2026-11-27T07:01:00.000Z" })
      .where("id", "=", b.id)
      .execute();
    await w.host.api.registration.checkIn({ registrationId: a.id, present: false });
    const after = await w.host.api.registration.registrants({ eventId });
    expect(after.turnout).toMatchObject({ attended: 1, attendedPct: 50 });
    expect(after.registrants.find((r) => r.id === a.id)?.checkedInAt).toBeNull();
  });

  run("filters registrants by status and by a search in any case, Cyrillic included", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w, { mode: "premoderated" });
    const anna = await signUpIn(t, "ru", "Анна");
    await anna.api.registration.register({
      eventId,
      form: formFor(w, anna, { lastName: "Иванова", company: "Станкомаш" }),
    });
    const bob = await signUpIn(t, "en", "Bob");
    const bobs = await bob.api.registration.register({
      eventId,
      form: formFor(w, bob, { lastName: "Smith", firstName: "Bob", company: "Acme Ltd" }),
    });
    await w.host.api.registration.decide({ registrationId: bobs.id, decision: "accept" });
    const names = async (query: { status?: "accepted" | "pending"; search?: string }) =>
      (await w.host.api.registration.registrants({ eventId, ...query })).registrants.map((r) => r.lastName);
    expect(await names({})).toEqual(["Smith", "Иванова"]);
    expect(await names({ status: "pending" })).toEqual(["Иванова"]);
    expect(await names({ search: "СТАНКО" })).toEqual(["Иванова"]);
    expect(await names({ search: "bob smith" })).toEqual(["Smith"]);
    expect(await names({ search: "acme", status: "pending" })).toEqual([]);
  });

  run("never shows an event's registrants to the hosts of another event", async () => {
    at("2026-11-23T09:00:00.000Z");
    const acmeEvent = await newEvent(w);
    const otherEvent = await newEvent(w, { exhibitorId: w.other });
    const anna = await signUpIn(t, "en", "Anna");
    await anna.api.registration.register({
      eventId: acmeEvent,
      form: formFor(w, anna, { lastName: "AcmeOnly" }),
    });
    const otto = await signUpIn(t, "en", "Otto");
    await otto.api.registration.register({
      eventId: otherEvent,
      form: formFor(w, otto, { lastName: "OtherOnly" }),
    });

    for (const outsider of [w.otherHost, anna]) {
      const refused = await failure(outsider.api.registration.registrants({ eventId: acmeEvent }));
      expect(refused.code).toBe("FORBIDDEN");
    }
    const own = await w.otherHost.api.registration.registrants({ eventId: otherEvent });
    expect(own.registrants.map((r) => r.lastName)).toEqual(["OtherOnly"]);
    const registrationOfAcme = (await w.host.api.registration.registrants({ eventId: acmeEvent }))
      .registrants[0];
    const checkIn = failure(
      w.otherHost.api.registration.checkIn({ registrationId: registrationOfAcme?.id ?? "", present: true }),
    );
    expect((await checkIn).code).toBe("FORBIDDEN");
  });

  run("edits the 'how did you hear' choices: keeps ids, adds new ones, archives removed ones", async () => {
    const before = await w.organiser.api.registration.heardFromOptions();
    const [colleagues, newsletter] = before;
    if (!colleagues || !newsletter) throw new Error("choices");
    const saved = await w.organiser.api.registration.saveHeardFromOptions({
      options: [
        { label: { ru: "Соцсети", en: "Social media" } },
        { id: colleagues.id, label: { ru: "От коллег и партнёров", en: "From colleagues and partners" } },
      ],
    });
    expect(saved.map((o) => o.label.en)).toEqual(["Social media", "From colleagues and partners"]);
    expect(saved[1]?.id).toBe(colleagues.id);
    const archived = await t.db
      .selectFrom("heard_from_options")
      .selectAll()
      .where("id", "=", newsletter.id)
      .executeTakeFirst();
    expect(archived?.archived_at).not.toBeNull();
    expect((await failure(w.host.api.registration.saveHeardFromOptions({ options: before }))).code).toBe(
      "FORBIDDEN",
    );
    // Put the list back for the other tests.
    const restored = await w.organiser.api.registration.saveHeardFromOptions({ options: before });
    expect(restored.map((o) => o.id)).toEqual(before.map((o) => o.id));
    expect(await w.organiser.api.registration.heardFromOptions()).toEqual(before);
  });
});
