/** Registering for an event: the form's rules, the result at once, the confirmation letter with its .ics. */
import { TEST_ENGINES } from "@pavilion/db/testing";
import { describe, expect } from "vitest";
import { appError, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import {
  formFor,
  icsProperty,
  lettersAbout,
  newEvent,
  type RegistrationWorld,
  registrationCount,
  registrationWorld,
  signUpIn,
} from "../services/registration/test-fixtures.ts";
import { failure, type TestApi } from "../testing/index.ts";

describe.each(TEST_ENGINES)("registering for an event on %s", (engine) => {
  let t: TestApi;
  let w: RegistrationWorld;
  const run = useCabinetTestApi(engine, async (api) => {
    t = api.t;
    w = await registrationWorld(api);
  });
  const at = (iso: string) => {
    t.clock.now = new Date(iso);
  };

  run(
    "records consent to share contacts with the hosting company only when the registrant ticks it",
    async () => {
      at("2026-11-23T09:00:00.000Z");
      const eventId = await newEvent(w);
      const state = await (await signUpIn(t, "en", "Nobody Yet")).api.registration.formState({ eventId });
      expect(state.host).not.toBeNull();
      const anna = await signUpIn(t, "ru", "Анна Иванова");
      const boris = await signUpIn(t, "ru", "Борис Петров");
      await anna.api.registration.register({ eventId, form: formFor(w, anna), shareContacts: true });
      await boris.api.registration.register({ eventId, form: formFor(w, boris) });
      const consents = await t.db
        .selectFrom("consents")
        .selectAll()
        .where("exhibitor_id", "=", w.acme)
        .execute();
      expect(consents).toEqual([
        expect.objectContaining({ user_id: anna.userId, via: "registration", withdrawn_at: null }),
      ]);
      expect(consents[0]?.given_at).toBe("2026-11-23T09:00:00.000Z");
    },
  );

  run("accepts at once and mails the confirmation in Russian with the event's .ics attached", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w);
    const anna = await signUpIn(t, "ru", "Анна Иванова");
    const result = await anna.api.registration.register({ eventId, form: formFor(w, anna) });
    expect(result).toMatchObject({ status: "accepted", reason: null, decisionDueAt: null });
    expect(result.form).toMatchObject({ lastName: "Иванова", email: anna.email, heardFrom: w.heardFrom[0] });

    const [letter, ...more] = lettersAbout(t, anna.email, "Вы зарегистрированы");
    expect(more).toEqual([]);
    expect(letter?.subject).toBe("Вы зарегистрированы: Станки с ЧПУ: новое поколение");
    expect(letter?.text).toContain("Здравствуйте, Анна Иванова!");
    expect(letter?.text).toContain("27 ноября 2026, 10:00–11:00 (время Europe/Moscow)");
    // The only link is the event's page: nothing to click to confirm.
    expect(letter?.text.match(/https?:\/\/\S+/g)).toEqual([`http://pavilion.test/events/${eventId}`]);
    expect(letter?.attachments).toHaveLength(1);
    const ics = letter?.attachments[0];
    expect(ics?.filename).toBe("event.ics");
    expect(ics?.contentType).toBe("text/calendar");
    expect(icsProperty(ics?.content ?? "", "DTSTART")).toBe("20261127T070000Z");
    expect(icsProperty(ics?.content ?? "", "SUMMARY")).toBe("Станки с ЧПУ: новое поколение");
    expect(icsProperty(ics?.content ?? "", "UID")).toBe(`${eventId}@pavilion`);
    expect(icsProperty(ics?.content ?? "", "METHOD")).toBe("REQUEST");

    const row = await t.db
      .selectFrom("registrations")
      .selectAll()
      .where("id", "=", result.id)
      .executeTakeFirst();
    expect(row).toMatchObject({
      user_id: anna.userId,
      locale: "ru",
      status: "accepted",
      registered_by: null,
    });
    const activity = await t.db.selectFrom("activity").selectAll().where("event_id", "=", eventId).execute();
    expect(activity).toMatchObject([
      { kind: "event.registered", user_id: anna.userId, exhibitor_id: w.acme },
    ]);
    const state = await anna.api.registration.formState({ eventId });
    expect(state.mine).toEqual(result);
  });

  run("mails an English registrant in English, with the time in the event's zone named", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w);
    const bob = await signUpIn(t, "en", "Bob Brown");
    await bob.api.registration.register({
      eventId,
      form: formFor(w, bob, { firstName: "Bob", lastName: "Brown" }),
    });
    const [letter] = lettersAbout(t, bob.email, "You are registered");
    expect(letter?.text).toContain("Hello, Bob Brown!");
    expect(letter?.text).toContain("27 November 2026, 10:00–11:00 (Europe/Moscow time)");
    expect(letter?.subject).toBe("You are registered: CNC machines: the new generation");
    expect(icsProperty(letter?.attachments[0]?.content ?? "", "SUMMARY")).toBe(
      "CNC machines: the new generation",
    );
  });

  run("names each missing or malformed field in the caller's language and writes nothing", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w);
    const anna = await signUpIn(t, "ru", "Анна");
    const form = {
      ...formFor(w, anna),
      lastName: "  ",
      firstName: "",
      email: "anna@",
      phone: "позвоните мне",
    };
    const { company: _, ...withoutCompany } = form;
    const refused = await failure(
      anna.api.registration.register({ eventId, form: withoutCompany as typeof form }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    const fields = appError(refused).fields ?? {};
    expect(Object.keys(fields).sort()).toEqual(
      ["form.company", "form.email", "form.firstName", "form.lastName", "form.phone"].sort(),
    );
    expect(fields["form.email"]?.code).toBe("invalidEmail");
    for (const text of [
      "Фамилия: обязательное поле.",
      "Имя: обязательное поле.",
      "Компания: обязательное поле.",
      "E-mail: введите адрес вида name@example.com.",
      "Телефон: недопустимое значение.",
    ]) {
      expect(refused.message).toContain(text);
    }
    const bob = await signUpIn(t, "en", "Bob");
    const english = await failure(
      bob.api.registration.register({ eventId, form: formFor(w, bob, { position: "" }) }),
    );
    expect(english.message).toContain("Position: this field is required.");
    expect(await registrationCount(t, eventId)).toBe(0);
    expect(lettersAbout(t, anna.email, "Вы зарегистрированы")).toEqual([]);
  });

  run("accepts phones and e-mails typed in odd but valid forms, keeping them as typed", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w);
    const typed = [
      { phone: "+7 (912) 345-67-89", email: "first-odd@example.test" },
      { phone: "8 912 345 67 89 доб. 12", email: "second-odd@example.test" },
      { phone: "+44 20 7946 0958 ext. 12", email: "Anna.Ivanova+expo@Example.COM" },
    ];
    for (const values of typed) {
      const person = await signUpIn(t, "en", "Odd Form");
      const result = await person.api.registration.register({ eventId, form: formFor(w, values, values) });
      expect(result.status).toBe("accepted");
      expect(result.form).toMatchObject(values);
    }
    expect(lettersAbout(t, "anna.ivanova+expo@example.com", "You are registered")).toHaveLength(1);
  });

  run("refuses a 'how did you hear' choice that is not on the list or was archived", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w);
    const vera = await signUpIn(t, "en", "Vera");
    const unknown = await failure(
      vera.api.registration.register({ eventId, form: formFor(w, vera, { heardFrom: crypto.randomUUID() }) }),
    );
    expect(appError(unknown).code).toBe("registration.heardFromUnknown");
    expect(unknown.message).toBe("Choose how you heard about the event from the list.");
    const archivedId = crypto.randomUUID();
    await t.db
      .insertInto("heard_from_options")
      .values({
        ...{
          id: archivedId,
          exhibition_id: w.exhibitionId,
          label_ru: "Старое",
          label_en: "Old",
          position: 9,
        },
        ...{ archived_at: "2026-11-01T00:00:00.000Z", created_at: "2026-11-01T00:00:00.000Z" },
      })
      .execute();
    const archived = await failure(
      vera.api.registration.register({ eventId, form: formFor(w, vera, { heardFrom: archivedId }) }),
    );
    expect(appError(archived).code).toBe("registration.heardFromUnknown");
    expect(await registrationCount(t, eventId)).toBe(0);
  });

  run("says the same e-mail is already registered, in any case, and does not duplicate it", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w);
    const anna = await signUpIn(t, "ru", "Анна");
    await anna.api.registration.register({ eventId, form: formFor(w, anna, { email: "Anna@Example.test" }) });
    const again = await failure(
      anna.api.registration.register({ eventId, form: formFor(w, anna, { email: "anna@example.TEST" }) }),
    );
    expect(appError(again)).toEqual({
      code: "registration.duplicate",
      params: { email: "anna@example.TEST", status: "принята" },
    });
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toBe(
      "anna@example.TEST уже зарегистрирован(а) на это мероприятие (статус: принята). Повторная регистрация не нужна.",
    );
    // Someone else typing her address is refused the same way.
    const bob = await signUpIn(t, "en", "Bob");
    const byBob = await failure(
      bob.api.registration.register({ eventId, form: formFor(w, bob, { email: "ANNA@example.test" }) }),
    );
    expect(byBob.message).toContain("(status: accepted)");
    expect(await registrationCount(t, eventId)).toBe(1);
  });

  run("registers a person again after a cancellation; the form shows the latest registration", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w);
    const anna = await signUpIn(t, "en", "Anna");
    const first = await anna.api.registration.register({ eventId, form: formFor(w, anna) });
    const afterCancel = await anna.api.registration.cancel({ registrationId: first.id });
    expect(afterCancel.mine).toMatchObject({ id: first.id, status: "cancelled" });
    expect(lettersAbout(t, anna.email, "Registration cancelled")).toHaveLength(1);
    t.clock.advance(60_000);
    const second = await anna.api.registration.register({ eventId, form: formFor(w, anna) });
    expect(second.status).toBe("accepted");
    expect((await anna.api.registration.formState({ eventId })).mine).toMatchObject({ id: second.id });
    const cancelledAgain = await failure(anna.api.registration.cancel({ registrationId: first.id }));
    expect(appError(cancelledAgain).code).toBe("registration.notCancellable");
  });

  run("closes when the seats are taken, says so, and reopens a seat on a cancellation", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w, { capacity: 2 });
    const [a, b, c] = [
      await signUpIn(t, "en", "A"),
      await signUpIn(t, "en", "B"),
      await signUpIn(t, "ru", "C"),
    ];
    if (!a || !b || !c) throw new Error("people");
    expect(await c.api.registration.formState({ eventId })).toMatchObject({ capacity: 2, seatsLeft: 2 });
    const first = await a.api.registration.register({ eventId, form: formFor(w, a) });
    await b.api.registration.register({ eventId, form: formFor(w, b) });
    expect(await c.api.registration.formState({ eventId })).toMatchObject({
      closedReason: "full",
      seatsLeft: 0,
    });
    const full = await failure(c.api.registration.register({ eventId, form: formFor(w, c) }));
    expect(appError(full).code).toBe("registration.full");
    expect(full.message).toBe("Мест на это мероприятие больше нет.");
    expect(await registrationCount(t, eventId)).toBe(2);

    // The host cancels A's registration: the seat is free again.
    await w.host.api.registration.cancel({ registrationId: first.id });
    expect(await c.api.registration.formState({ eventId })).toMatchObject({
      closedReason: null,
      seatsLeft: 1,
    });
    expect((await c.api.registration.register({ eventId, form: formFor(w, c) })).status).toBe("accepted");
  });

  run("gives the last seat to one of two people registering at the same moment", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w, { capacity: 1 });
    const racers = [
      await signUpIn(t, "en", "R1"),
      await signUpIn(t, "en", "R2"),
      await signUpIn(t, "en", "R3"),
    ];
    const results = await Promise.allSettled(
      racers.map((person) => person.api.registration.register({ eventId, form: formFor(w, person) })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === "rejected")) {
      expect(refused.reason.message).toBe("No seats are left for this event.");
    }
    expect(await registrationCount(t, eventId)).toBe(1);
  });

  run("refuses registration once the event started, for a cancelled event and before approval", async () => {
    at("2026-11-27T07:00:00.000Z");
    const started = await newEvent(w);
    const vera = await signUpIn(t, "en", "Vera");
    const over = await failure(vera.api.registration.register({ eventId: started, form: formFor(w, vera) }));
    expect(appError(over).code).toBe("registration.over");
    expect(over.message).toBe("Registration is closed: the event has already started or is over.");
    expect((await vera.api.registration.formState({ eventId: started })).closedReason).toBe("over");

    at("2026-11-23T09:00:00.000Z");
    const cancelled = await newEvent(w, { status: "cancelled" });
    const refused = await failure(
      vera.api.registration.register({ eventId: cancelled, form: formFor(w, vera) }),
    );
    expect(appError(refused).code).toBe("registration.eventCancelled");
    expect((await vera.api.registration.formState({ eventId: cancelled })).closedReason).toBe("cancelled");

    const draft = await newEvent(w, { status: "submitted" });
    const early = await failure(
      w.host.api.registration.register({ eventId: draft, form: formFor(w, w.host) }),
    );
    expect(appError(early).code).toBe("registration.notPublished");
    // Visitors do not see an unapproved event at all.
    expect(
      (await failure(vera.api.registration.register({ eventId: draft, form: formFor(w, vera) }))).code,
    ).toBe("NOT_FOUND");
    for (const eventId of [started, cancelled, draft]) expect(await registrationCount(t, eventId)).toBe(0);
  });

  run("asks to sign in to register, and shows a signed-out visitor an empty form", async () => {
    at("2026-11-23T09:00:00.000Z");
    const eventId = await newEvent(w);
    const guest = t.browser("ru");
    const refused = await failure(
      guest.api.registration.register({ eventId, form: formFor(w, { email: "guest@example.test" }) }),
    );
    expect(refused.code).toBe("UNAUTHORIZED");
    const state = await guest.api.registration.formState({ eventId });
    expect(state).toMatchObject({ mode: "open", closedReason: null, mine: null, canManage: false });
    expect(state.prefill).toEqual({
      lastName: "",
      firstName: "",
      company: "",
      position: "",
      email: "",
      phone: "",
    });
    expect(state.heardFromOptions.map((o) => o.label.en)).toEqual(["From colleagues", "Newsletter"]);
  });

  run("starts the form from the account, then from the person's last registration anywhere", async () => {
    at("2026-11-23T09:00:00.000Z");
    const [first, second] = [await newEvent(w), await newEvent(w)];
    const anna = await signUpIn(t, "en", "Anna Maria Ivanova");
    expect((await anna.api.registration.formState({ eventId: first })).prefill).toEqual({
      ...{ firstName: "Anna", lastName: "Maria Ivanova", email: anna.email },
      ...{ company: "", position: "", phone: "" },
    });
    const form = formFor(w, anna, { company: "Stankomash", phone: "+7 900 000-00-00" });
    await anna.api.registration.register({ eventId: first, form });
    const { heardFrom: _, ...typed } = form;
    expect((await anna.api.registration.formState({ eventId: second })).prefill).toEqual(typed);
  });

  run(
    "lets the event's staff register a person who called, accepted at once, in the person's language",
    async () => {
      at("2026-11-23T09:00:00.000Z");
      const eventId = await newEvent(w, { mode: "premoderated", capacity: 2 });
      const caller = await signUpIn(t, "en", "Pavel Petrov");
      const entered = await w.host.api.registration.registerByStaff({
        eventId,
        locale: "ru",
        form: formFor(w, caller, {
          lastName: "Петров",
          firstName: "Павел",
          email: caller.email.toUpperCase(),
        }),
      });
      expect(entered).toMatchObject({ status: "accepted", registeredBy: "Hanna Host", locale: "ru" });
      expect(entered.heardFrom).toEqual({ ru: "От коллег", en: "From colleagues" });
      const row = await t.db
        .selectFrom("registrations")
        .selectAll()
        .where("id", "=", entered.id)
        .executeTakeFirst();
      expect(row).toMatchObject({ user_id: caller.userId, registered_by: w.host.userId });
      const [letter] = lettersAbout(t, caller.email, "Вы зарегистрированы");
      expect(letter?.attachments[0]?.filename).toBe("event.ics");
      expect((await caller.api.registration.formState({ eventId })).mine?.status).toBe("accepted");

      // Without an account the registration stands alone; duplicates and capacity still hold.
      const stranger = { email: "no-account@example.test" };
      const alone = await w.organiser.api.registration.registerByStaff({
        eventId,
        locale: "en",
        form: formFor(w, stranger),
      });
      const aloneRow = await t.db
        .selectFrom("registrations")
        .selectAll()
        .where("id", "=", alone.id)
        .executeTakeFirst();
      expect(aloneRow?.user_id).toBeNull();
      const twice = await failure(
        w.host.api.registration.registerByStaff({ eventId, locale: "en", form: formFor(w, stranger) }),
      );
      expect(appError(twice).code).toBe("registration.duplicate");
      const third = await failure(
        w.host.api.registration.registerByStaff({
          eventId,
          locale: "en",
          form: formFor(w, { email: "x@example.test" }),
        }),
      );
      expect(appError(third).code).toBe("registration.full");

      // Only the event's hosts and organisers may.
      for (const outsider of [w.otherHost, caller]) {
        const refused = await failure(
          outsider.api.registration.registerByStaff({ eventId, locale: "en", form: formFor(w, outsider) }),
        );
        expect(refused.code).toBe("FORBIDDEN");
      }
      expect(await registrationCount(t, eventId)).toBe(2);
    },
  );
});
