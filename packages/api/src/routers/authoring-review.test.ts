/**
 * The way to approval (SEEDS.md 001): a new event is drafted, submitted and approved or sent back;
 * an approved event's change waits as a revision while the public version stays, and approving it
 * applies the new agenda and time at once and tells the registrants (real SMTP).
 */
import { TEST_ENGINES } from "@pavilion/db/testing";
import { describe, expect } from "vitest";
import {
  type AuthoringWorld,
  authoringWorld,
  deliverOutbox,
  eventDraft,
  moscow,
  speakerFields,
} from "../services/authoring/test-fixtures.ts";
import { appError, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import { formFor, icsProperty, lettersAbout, signUpIn } from "../services/registration/test-fixtures.ts";
import { failure } from "../testing/index.ts";

describe.each(TEST_ENGINES)("approving written events on %s", (engine) => {
  let w: AuthoringWorld;
  let speakerId: string;
  const run = useCabinetTestApi(engine, async (api) => {
    w = await authoringWorld(api);
    speakerId = (await w.host.api.authoring.saveSpeaker({ exhibitorId: w.acme, speaker: speakerFields() }))
      .id;
  });

  /** An approved webinar of acme's (optionally titled), by its staff. */
  async function approvedEvent(title = "CNC machines: the new generation"): Promise<string> {
    const draft = eventDraft(speakerId, { title: { ru: `${title} (ru)`, en: title } });
    const { id } = await w.host.api.authoring.saveEvent({ exhibitorId: w.acme, event: draft });
    await w.host.api.authoring.submit({ eventId: id });
    await w.organiser.api.authoring.approve({ eventId: id });
    return id;
  }

  run("publishes a new event only once approved, and tells the company's owner in Russian", async () => {
    const { id } = await w.host.api.authoring.saveEvent({
      exhibitorId: w.acme,
      event: eventDraft(speakerId),
    });
    expect(appError(await failure(w.visitor.api.programme.event({ eventId: id }))).code).toBe("notFound");
    const submitted = await w.host.api.authoring.submit({ eventId: id });
    expect(submitted).toMatchObject({ status: "submitted", state: "submitted", can: { submit: false } });
    expect(appError(await failure(w.host.api.authoring.submit({ eventId: id }))).code).toBe(
      "authoring.notSubmittable",
    );
    const [entry] = (await w.organiser.api.authoring.reviewQueue()).filter((e) => e.eventId === id);
    expect(entry).toMatchObject({ what: "event", kind: "webinar", current: null, changes: [] });
    expect(entry?.host.name.en).toBe("acme");

    expect(await w.organiser.api.authoring.approve({ eventId: id })).toEqual({
      what: "event",
      timeChanged: false,
      notified: 0,
    });
    const page = await w.visitor.api.programme.event({ eventId: id });
    expect(page.agenda.map((item) => item.kind)).toEqual(["registration", "talk", "break", "qa"]);
    expect(page.agenda[1]).toMatchObject({
      theses: { ru: ["Точность", "Скорость"] },
      speaker: { name: { en: "Anna Petrova" } },
    });
    expect(page.speakers).toMatchObject([{ id: speakerId, role: "speaker", name: { en: "Anna Petrova" } }]);
    // The speaker's contacts are for the organisers, never on the public page.
    expect(JSON.stringify(page)).not.toContain("stankomash.example");
    const letter = await w.t.smtp.waitFor(w.owner.email);
    expect(letter.subject).toBe("Одобрено: Станки с ЧПУ: новое поколение");
    expect(letter.text).toContain(`http://pavilion.test/events/${id}`);
  });

  run("sends a new event back with a note that stays until it is submitted again", async () => {
    const { id } = await w.host.api.authoring.saveEvent({
      exhibitorId: w.acme,
      event: eventDraft(speakerId),
    });
    await w.host.api.authoring.submit({ eventId: id });
    await w.organiser.api.authoring.sendBack({ eventId: id, note: "Добавьте второй доклад." });
    const back = await w.host.api.authoring.event({ eventId: id });
    expect(back).toMatchObject({ status: "draft", state: "sentBack", reviewNote: "Добавьте второй доклад." });
    const letters = lettersAbout(w.t, w.owner.email, "Нужны исправления");
    expect(letters[0]?.text).toContain("Добавьте второй доклад.");
    expect(letters[0]?.text).toContain(`http://pavilion.test/cabinet/${w.acme}/events/${id}`);

    const edited = await w.host.api.authoring.saveEvent({ eventId: id, event: eventDraft(speakerId) });
    expect(edited.state).toBe("sentBack");
    expect((await w.host.api.authoring.submit({ eventId: id })).state).toBe("submitted");
    expect((await w.host.api.authoring.event({ eventId: id })).reviewNote).toBeNull();
    expect(
      appError(await failure(w.organiser.api.authoring.sendBack({ eventId: id, note: "" }))).fields,
    ).toEqual({
      note: { code: "required" },
    });
  });

  run(
    "keeps an approved event public while its change waits, then applies it and tells the registrants",
    async () => {
      const eventId = await approvedEvent();
      const guest = await signUpIn(w.t, "en", "Greta Guest");
      const registration = await guest.api.registration.register({ eventId, form: formFor(w, guest) });
      expect(registration.status).toBe("accepted");
      const soonJob = () =>
        w.t.db
          .selectFrom("jobs")
          .select(["run_at", "state"])
          .where("dedupe_key", "=", `reminder:${registration.id}:soon`)
          .execute();
      expect(await soonJob()).toEqual([{ run_at: "2026-11-25T07:45:00.000Z", state: "pending" }]);

      // An hour later, and the talk gets a third thesis.
      const moved = eventDraft(speakerId, {
        title: { ru: "CNC machines: the new generation (ru)", en: "CNC machines: the new generation" },
        startsAt: moscow("12:00"),
        endsAt: moscow("13:30"),
        agenda: eventDraft(speakerId).agenda.map((item) => ({
          ...item,
          startsAt: new Date(Date.parse(item.startsAt) + 3_600_000).toISOString(),
          theses:
            item.kind === "talk"
              ? { ru: ["Точность", "Скорость", "Цена"], en: ["Precision", "Speed", "Price"] }
              : item.theses,
        })),
      });
      const proposal = await w.host.api.authoring.saveEvent({ eventId, event: moved });
      expect(proposal).toMatchObject({
        status: "approved",
        editing: "revision",
        revision: { state: "draft" },
      });
      expect(proposal.draft.startsAt).toBe(moscow("12:00"));
      const before = await w.visitor.api.programme.event({ eventId });
      expect(before).toMatchObject({ startsAt: moscow("11:00"), endsAt: moscow("12:30") });
      expect(before.agenda[1]?.theses.ru).toEqual(["Точность", "Скорость"]);

      await w.host.api.authoring.submit({ eventId });
      const [entry] = (await w.organiser.api.authoring.reviewQueue()).filter((e) => e.eventId === eventId);
      expect(entry).toMatchObject({ what: "revision", timeChanged: true, registered: 1 });
      expect(entry?.changes.map((change) => change.field)).toEqual([
        "startsAt",
        "endsAt",
        "agenda.0",
        "agenda.1",
        "agenda.2",
        "agenda.3",
      ]);
      expect(entry?.changes[0]).toEqual({
        field: "startsAt",
        before: moscow("11:00"),
        after: moscow("12:00"),
      });
      expect(entry?.changes[3]?.after).toContain("— Цена");
      // Still the approved version in public while the organisers decide.
      expect((await w.visitor.api.programme.event({ eventId })).startsAt).toBe(moscow("11:00"));

      expect(await w.organiser.api.authoring.approve({ eventId })).toEqual({
        what: "revision",
        timeChanged: true,
        notified: 1,
      });
      const after = await w.visitor.api.programme.event({ eventId });
      expect(after).toMatchObject({ startsAt: moscow("12:00"), endsAt: moscow("13:30"), status: "approved" });
      expect(after.agenda[1]).toMatchObject({
        startsAt: moscow("12:15"),
        theses: { ru: ["Точность", "Скорость", "Цена"] },
      });
      expect((await w.host.api.authoring.event({ eventId })).revision).toBeNull();
      const jobs = await soonJob();
      expect(jobs).toEqual([{ run_at: "2026-11-25T08:45:00.000Z", state: "pending" }]);

      expect(await deliverOutbox(w.t)).toBe(1);
      const [letter, ...more] = lettersAbout(w.t, guest.email, "New time");
      expect(more).toEqual([]);
      expect(letter?.subject).toBe("New time: CNC machines: the new generation");
      expect(letter?.text).toContain("Was: 25 November 2026, 11:00–12:30 (Europe/Moscow time)");
      expect(letter?.text).toContain("Now: 25 November 2026, 12:00–13:30 (Europe/Moscow time)");
      const ics = letter?.attachments.find((a) => a.filename === "event.ics")?.content ?? "";
      expect(icsProperty(ics, "DTSTART")).toBe("20261125T090000Z");
      expect(lettersAbout(w.t, w.owner.email, "Изменения одобрены")).toHaveLength(1);
    },
  );

  run("sends a change back and keeps the public version as approved", async () => {
    const eventId = await approvedEvent("Robots in the workshop");
    const changed = eventDraft(speakerId, { title: { ru: "Роботы", en: "Robots, renamed" } });
    await w.host.api.authoring.saveEvent({ eventId, event: changed });
    await w.host.api.authoring.submit({ eventId });
    await w.organiser.api.authoring.sendBack({ eventId, note: "Keep the old title." });
    expect((await w.visitor.api.programme.event({ eventId })).title.en).toBe("Robots in the workshop");
    const mine = await w.host.api.authoring.event({ eventId });
    expect(mine).toMatchObject({
      status: "approved",
      editing: "revision",
      revision: { state: "sentBack", reviewNote: "Keep the old title." },
      draft: { title: { en: "Robots, renamed" } },
      can: { submit: true, discardRevision: true },
    });
    expect(lettersAbout(w.t, w.owner.email, "Изменения не одобрены")[0]?.text).toContain(
      "Keep the old title.",
    );
    expect(appError(await failure(w.organiser.api.authoring.approve({ eventId }))).code).toBe(
      "authoring.notSubmitted",
    );
    const discarded = await w.host.api.authoring.discardRevision({ eventId });
    expect(discarded).toMatchObject({
      editing: "event",
      revision: null,
      draft: { title: { en: "Robots in the workshop" } },
    });
  });

  run("answers a programme session's decision to the organiser who submitted it", async () => {
    const author = await w.t.signedIn({ role: "organiser", name: "Pavel Programme" });
    const authorEmail = (
      await w.t.db
        .selectFrom("users")
        .select("email")
        .where("id", "=", author.userId)
        .executeTakeFirstOrThrow()
    ).email;
    const guestSpeaker = await author.api.authoring.saveSpeaker({ speaker: speakerFields() });
    const { id } = await author.api.authoring.saveEvent({
      event: eventDraft(guestSpeaker.id, { stream: "Plenary" }),
    });
    await author.api.authoring.submit({ eventId: id });
    await w.organiser.api.authoring.sendBack({ eventId: id, note: "Move it to stream B." });
    expect(lettersAbout(w.t, authorEmail, "Changes needed")[0]?.text).toContain(
      `http://pavilion.test/admin/programme/${id}`,
    );
  });
});
