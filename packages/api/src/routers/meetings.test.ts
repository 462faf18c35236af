/** One-to-one meetings: the team's times, booking (one wins a race), the limit, cancelling, letters with .ics. */
import { TEST_ENGINES } from "@pavilion/db/testing";
import { describe, expect } from "vitest";
import { appError, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import {
  icsProperty,
  lettersAbout,
  type Person,
  type RegistrationWorld,
  registrationWorld,
  signUpIn,
} from "../services/registration/test-fixtures.ts";
import { failure, type TestApi } from "../testing/index.ts";

describe.each(TEST_ENGINES)("one-to-one meetings on %s", (engine) => {
  let t: TestApi;
  let w: RegistrationWorld;
  const run = useCabinetTestApi(engine, async (api) => {
    t = api.t;
    w = await registrationWorld(api);
  });
  // The test clock: 23 November 2026, 12:00 in Moscow; the exhibition runs 20–30 November.
  const offer = (day: string, extra: { from?: string; to?: string; minutes?: 15 | 30 | 60 } = {}) =>
    w.host.api.meetings.addSlots({ exhibitorId: w.acme, day, minutes: 30, ...extra });
  const freeOn = async (person: Person, day: string) => {
    const free = await person.api.meetings.freeSlots({ exhibitorId: w.acme });
    return free.days.find((d) => d.day === day)?.slots ?? [];
  };
  const codeOf = async (promise: Promise<unknown>) => appError(await failure(promise)).code;

  run("offers consecutive half hours 11:00–17:00 by default and leaves out overlapping ones", async () => {
    expect(await offer("2026-11-24")).toEqual({ created: 12, skippedOverlapping: 0, skippedPast: 0 });
    const again = await offer("2026-11-24", { from: "12:15", to: "13:15" });
    expect(again).toEqual({ created: 0, skippedOverlapping: 2, skippedPast: 0 });
    const { slots, timezone, hosts } = await w.host.api.meetings.slots({ exhibitorId: w.acme });
    expect(timezone).toBe("Europe/Moscow");
    expect(hosts.map((h) => h.name)).toEqual(["Hanna Host"]);
    const day = slots.filter((s) => s.startsAt.startsWith("2026-11-24"));
    expect(day).toHaveLength(12);
    expect(day[0]).toMatchObject({
      startsAt: "2026-11-24T08:00:00.000Z",
      hostName: "Hanna Host",
      booking: null,
    });
    expect(day[11]?.endsAt).toBe("2026-11-24T14:00:00.000Z");
    // Visitors see the free times, by day, with the host's first name only.
    const visitor = await signUpIn(t, "en", "Vera Visitor");
    const free = await freeOn(visitor, "2026-11-24");
    expect(free).toHaveLength(12);
    expect(free[0]?.hostFirstName).toBe("Hanna");
  });

  run("refuses days outside the exhibition, empty ranges, strangers as hosts and odd lengths", async () => {
    expect(await codeOf(offer("2026-12-01"))).toBe("meetings.outsideExhibition");
    expect(appError(await failure(offer("2026-11-19"))).params).toEqual({
      first: "2026-11-20",
      last: "2026-11-30",
    });
    expect(await codeOf(offer("2026-11-25", { from: "12:00", to: "12:10", minutes: 15 }))).toBe(
      "meetings.badRange",
    );
    const stranger = w.host.api.meetings.addSlots({
      exhibitorId: w.acme,
      day: "2026-11-26",
      minutes: 30,
      hostUserId: w.otherHost.userId,
    });
    expect(await codeOf(stranger)).toBe("meetings.hostNotMember");
    const odd = w.host.api.meetings.addSlots({ exhibitorId: w.acme, day: "2026-11-26", minutes: 25 as 30 });
    expect(appError(await failure(odd))).toMatchObject({
      code: "validation.invalid",
      fields: { minutes: {} },
    });
    // Today (12:00 in Moscow now): times begun (12:00 too) are left out and counted.
    const today = await offer("2026-11-23", { from: "11:00", to: "13:00" });
    expect(today).toEqual({ created: 1, skippedOverlapping: 0, skippedPast: 3 });
  });

  run("lets no one outside the team add, list or remove times", async () => {
    const visitor = await signUpIn(t, "en", "Nosy Visitor");
    const add = visitor.api.meetings.addSlots({ exhibitorId: w.acme, day: "2026-11-27", minutes: 30 });
    expect(await codeOf(add)).toBe("auth.forbidden");
    expect(await codeOf(w.otherHost.api.meetings.slots({ exhibitorId: w.acme }))).toBe("auth.forbidden");
    expect(await codeOf(t.browser().api.meetings.slots({ exhibitorId: w.acme }))).toBe("auth.signInRequired");
    await offer("2026-11-27", { from: "11:00", to: "11:30" });
    const [slot] = (await w.host.api.meetings.slots({ exhibitorId: w.acme })).slots.filter((s) =>
      s.startsAt.startsWith("2026-11-27"),
    );
    const remove = w.otherHost.api.meetings.removeSlot({ exhibitorId: w.other, slotId: slot?.id ?? "" });
    expect(await codeOf(remove)).toBe("notFound");
    await w.host.api.meetings.removeSlot({ exhibitorId: w.acme, slotId: slot?.id ?? "" });
    expect(await freeOn(visitor, "2026-11-27")).toEqual([]);
  });

  run(
    "books a time: an event in both agendas, the visitor's registration, activity, letters with .ics to both",
    async () => {
      await offer("2026-11-25", { from: "11:00", to: "12:00" });
      const anna = await signUpIn(t, "ru", "Анна Иванова");
      const [slot] = await freeOn(anna, "2026-11-25");
      const booked = await anna.api.meetings.book({ slotId: slot?.id ?? "", topic: "Поставки станков" });
      expect(booked).toMatchObject({
        slotId: slot?.id,
        startsAt: "2026-11-25T08:00:00.000Z",
        hostFirstName: "Hanna",
      });
      expect((await freeOn(anna, "2026-11-25")).map((s) => s.startsAt)).toEqual(["2026-11-25T08:30:00.000Z"]);
      expect((await anna.api.meetings.freeSlots({ exhibitorId: w.acme })).mine).toEqual(booked);

      const event = await t.db
        .selectFrom("events")
        .selectAll()
        .where("id", "=", booked.eventId)
        .executeTakeFirstOrThrow();
      expect(event).toMatchObject({
        ...{ kind: "meeting", exhibitor_id: w.acme, status: "approved", capacity: 1, access: "registered" },
        ...{ title_ru: "Встреча с acme", title_en: "Meeting with acme", description_ru: "Поставки станков" },
        ...{
          starts_at: "2026-11-25T08:00:00.000Z",
          ends_at: "2026-11-25T08:30:00.000Z",
          timezone: "Europe/Moscow",
        },
      });
      const registration = await t.db
        .selectFrom("registrations")
        .selectAll()
        .where("event_id", "=", booked.eventId)
        .executeTakeFirstOrThrow();
      expect(registration).toMatchObject({
        ...{ user_id: anna.userId, first_name: "Анна", last_name: "Иванова", email: anna.email },
        ...{ company: "", position: "", phone: "", heard_from: "", locale: "ru", status: "accepted" },
      });
      const jobs = await t.db
        .selectFrom("jobs")
        .select("kind")
        .where("dedupe_key", "like", `reminder:${registration.id}:%`)
        .execute();
      expect(jobs.map((j) => j.kind)).toContain("reminder.soon");
      expect(jobs.map((j) => j.kind)).not.toContain("reminder.materials");
      const activity = await t.db
        .selectFrom("activity")
        .selectAll()
        .where("event_id", "=", booked.eventId)
        .execute();
      expect(activity).toMatchObject([
        { kind: "meeting.booked", user_id: anna.userId, exhibitor_id: w.acme },
      ]);

      // Both agendas: the visitor's registration, the host's meeting.
      const mine = await anna.api.programme.myAgenda();
      expect(mine.events.find((e) => e.id === booked.eventId)).toMatchObject({
        kind: "meeting",
        myStatus: "accepted",
      });
      const hosts = await w.host.api.programme.myAgenda();
      expect(hosts.events.find((e) => e.id === booked.eventId)).toMatchObject({
        kind: "meeting",
        myStatus: null,
      });
      // Nobody else sees it: not on the booth's page, not in the schedule.
      const booth = await t.browser().api.booth.page({ exhibitorId: w.acme });
      expect(booth.upcomingEvents.map((e) => e.id)).not.toContain(booked.eventId);
      // The team sees who booked, the topic and the contacts.
      const cabinet = await w.host.api.meetings.slots({ exhibitorId: w.acme });
      expect(cabinet.slots.find((s) => s.id === booked.slotId)?.booking).toMatchObject({
        eventId: booked.eventId,
        topic: "Поставки станков",
        visitor: { name: "Анна Иванова", email: anna.email, company: "" },
      });

      const [toVisitor, ...moreToVisitor] = lettersAbout(t, anna.email, "Вы записаны на встречу");
      expect(moreToVisitor).toEqual([]);
      expect(toVisitor?.subject).toBe(
        "Вы записаны на встречу: acme, 25 ноября 2026, 11:00–11:30 (время Europe/Moscow)",
      );
      expect(toVisitor?.text).toContain("Тема: Поставки станков");
      const visitorIcs = toVisitor?.attachments[0]?.content ?? "";
      expect(icsProperty(visitorIcs, "SUMMARY")).toBe("Встреча с acme");
      expect(icsProperty(visitorIcs, "DTSTART")).toBe("20261125T080000Z");
      const [toHost] = lettersAbout(t, w.host.email, "New meeting: Анна Иванова");
      expect(toHost?.text).toContain(`E-mail: ${anna.email}`);
      expect(toHost?.text).toContain("Phone: —");
      const hostIcs = toHost?.attachments[0]?.content ?? "";
      expect(icsProperty(hostIcs, "SUMMARY")).toBe("Meeting with Анна Иванова");
      expect(icsProperty(hostIcs, "UID")).toBe(`${booked.eventId}@pavilion`);
    },
  );

  run(
    "gives a time booked by two visitors at once to one of them; the other hears it was just taken",
    async () => {
      await offer("2026-11-26", { from: "15:00", to: "15:30" });
      const [first, second] = [await signUpIn(t, "en", "Ann First"), await signUpIn(t, "en", "Ben Second")];
      const [slot] = await freeOn(first, "2026-11-26");
      const slotId = slot?.id ?? "";
      const results = await Promise.allSettled([
        first.api.meetings.book({ slotId }),
        second.api.meetings.book({ slotId }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const [lost] = results.filter((r) => r.status === "rejected");
      const error = (lost as PromiseRejectedResult).reason;
      expect(appError(error).code).toBe("meetings.slotTaken");
      expect(error.message).toBe("Someone has just booked this time. Please choose another one.");
      const events = await t.db
        .selectFrom("meeting_slots")
        .innerJoin("registrations", "registrations.event_id", "meeting_slots.event_id")
        .select("registrations.id")
        .where("meeting_slots.id", "=", slotId)
        .execute();
      expect(events).toHaveLength(1);
      const meetings = await t.db
        .selectFrom("events")
        .select("id")
        .where("kind", "=", "meeting")
        .where("starts_at", "=", slot?.startsAt ?? "")
        .execute();
      expect(meetings).toHaveLength(1);
    },
  );

  run("records consent to share contacts with the company only when the visitor ticks it", async () => {
    await offer("2026-11-28", { from: "16:00", to: "17:00" });
    const ticked = await signUpIn(t, "en", "Tess Ticked");
    const plain = await signUpIn(t, "en", "Paul Plain");
    // 16:00 in Moscow is 13:00 UTC.
    const [a, b] = (await freeOn(ticked, "2026-11-28")).filter((slot) => slot.startsAt >= "2026-11-28T13:00");
    await ticked.api.meetings.book({ slotId: a?.id ?? "", shareContacts: true });
    await plain.api.meetings.book({ slotId: b?.id ?? "" });
    const consents = await t.db
      .selectFrom("consents")
      .selectAll()
      .where("exhibitor_id", "=", w.acme)
      .execute();
    expect(consents.map((c) => [c.user_id, c.via, c.withdrawn_at])).toEqual([
      [ticked.userId, "meeting", null],
    ]);
  });

  run("holds a visitor to one upcoming meeting per company, and lets them book another company", async () => {
    await offer("2026-11-28", { from: "11:00", to: "12:00" });
    await w.otherHost.api.meetings.addSlots({
      exhibitorId: w.other,
      day: "2026-11-28",
      from: "11:00",
      to: "11:30",
      minutes: 30,
    });
    const greedy = await signUpIn(t, "en", "Greta Greedy");
    const [a, b] = await freeOn(greedy, "2026-11-28");
    await greedy.api.meetings.book({ slotId: a?.id ?? "" });
    const again = appError(await failure(greedy.api.meetings.book({ slotId: b?.id ?? "" })));
    expect(again).toMatchObject({
      code: "meetings.limitReached",
      params: { when: "28 November 2026, 11:00–11:30 (Europe/Moscow time)" },
    });
    const elsewhere = await greedy.api.meetings.freeSlots({ exhibitorId: w.other });
    const otherSlot = elsewhere.days[0]?.slots[0]?.id ?? "";
    await expect(greedy.api.meetings.book({ slotId: otherSlot })).resolves.toMatchObject({
      hostFirstName: "Otto",
    });
    // Staff do not book their own company.
    expect(await codeOf(w.host.api.meetings.book({ slotId: b?.id ?? "" }))).toBe("meetings.ownTeam");
  });

  run(
    "cancelling by the visitor frees the time, stops reminders and tells both with a cancelled .ics",
    async () => {
      await offer("2026-11-29", { from: "11:00", to: "11:30" });
      const carl = await signUpIn(t, "en", "Carl Cancel");
      const [slot] = await freeOn(carl, "2026-11-29");
      const booked = await carl.api.meetings.book({ slotId: slot?.id ?? "" });
      // A booked time cannot simply be removed.
      expect(
        await codeOf(w.host.api.meetings.removeSlot({ exhibitorId: w.acme, slotId: booked.slotId })),
      ).toBe("meetings.slotBooked");
      await carl.api.meetings.cancel({ slotId: booked.slotId });
      expect((await freeOn(carl, "2026-11-29")).map((s) => s.id)).toEqual([booked.slotId]);
      expect((await carl.api.meetings.freeSlots({ exhibitorId: w.acme })).mine).toBeNull();
      const event = await t.db
        .selectFrom("events")
        .select("status")
        .where("id", "=", booked.eventId)
        .executeTakeFirstOrThrow();
      expect(event.status).toBe("cancelled");
      expect((await carl.api.programme.myAgenda()).events.map((e) => e.id)).not.toContain(booked.eventId);
      const registration = await t.db
        .selectFrom("registrations")
        .select(["id", "status"])
        .where("event_id", "=", booked.eventId)
        .executeTakeFirstOrThrow();
      expect(registration.status).toBe("cancelled");
      const pending = await t.db
        .selectFrom("jobs")
        .select("id")
        .where("state", "=", "pending")
        .where("dedupe_key", "like", `reminder:${registration.id}:%`)
        .execute();
      expect(pending).toEqual([]);
      const [toVisitor] = lettersAbout(t, carl.email, "Meeting cancelled: acme");
      expect(toVisitor?.text).toContain("has been cancelled by the visitor");
      expect(icsProperty(toVisitor?.attachments[0]?.content ?? "", "STATUS")).toBe("CANCELLED");
      const [toHost] = lettersAbout(t, w.host.email, "Meeting cancelled: Carl Cancel");
      expect(toHost?.text).toContain("The time is free again");
      expect(await codeOf(carl.api.meetings.cancel({ slotId: booked.slotId }))).toBe("notFound");
    },
  );

  run("cancelling by the team keeps the meeting in the visitor's agenda, marked cancelled", async () => {
    await offer("2026-11-30", { from: "16:00", to: "16:30" });
    const dana = await signUpIn(t, "en", "Dana Dropped");
    const [slot] = await freeOn(dana, "2026-11-30");
    const booked = await dana.api.meetings.book({ slotId: slot?.id ?? "" });
    await w.host.api.meetings.cancel({ slotId: booked.slotId });
    const agenda = await dana.api.programme.myAgenda();
    expect(agenda.events.find((e) => e.id === booked.eventId)).toMatchObject({ status: "cancelled" });
    const [letter] = lettersAbout(t, dana.email, "Meeting cancelled");
    expect(letter?.text).toContain("by the company's team");
  });

  run("cancelling the registration from the agenda cancels the meeting and frees the time", async () => {
    await offer("2026-11-30", { from: "12:00", to: "12:30" });
    const eve = await signUpIn(t, "en", "Eve Agenda");
    const [slot] = await freeOn(eve, "2026-11-30");
    const booked = await eve.api.meetings.book({ slotId: slot?.id ?? "" });
    const registration = await t.db
      .selectFrom("registrations")
      .select("id")
      .where("event_id", "=", booked.eventId)
      .executeTakeFirstOrThrow();
    await eve.api.registration.cancel({ registrationId: registration.id });
    expect((await freeOn(eve, "2026-11-30")).map((s) => s.id)).toContain(booked.slotId);
  });

  run("keeps a visitor out of others' bookings", async () => {
    await offer("2026-11-26", { from: "16:00", to: "16:30" });
    const owner = await signUpIn(t, "en", "Olga Owner");
    const snoop = await signUpIn(t, "en", "Sam Snoop");
    const [slot] = await freeOn(owner, "2026-11-26");
    const booked = await owner.api.meetings.book({ slotId: slot?.id ?? "", topic: "Secret plans" });
    expect((await snoop.api.meetings.freeSlots({ exhibitorId: w.acme })).mine).toBeNull();
    expect(await codeOf(snoop.api.meetings.cancel({ slotId: booked.slotId }))).toBe("notFound");
    expect(await codeOf(snoop.api.programme.event({ eventId: booked.eventId }))).toBe("notFound");
    expect(await codeOf(snoop.api.meetings.slots({ exhibitorId: w.acme }))).toBe("auth.forbidden");
    expect(await codeOf(t.browser().api.meetings.book({ slotId: booked.slotId }))).toBe(
      "auth.signInRequired",
    );
  });

  run("refuses a time that has begun", async () => {
    await offer("2026-11-23", { from: "13:00", to: "13:30" });
    const late = await signUpIn(t, "en", "Leo Late");
    const [slot] = await freeOn(late, "2026-11-23");
    const saved = t.clock.now;
    t.clock.now = new Date("2026-11-23T10:05:00.000Z");
    try {
      expect(await codeOf(late.api.meetings.book({ slotId: slot?.id ?? "" }))).toBe("meetings.slotPast");
    } finally {
      t.clock.now = saved;
    }
  });
});
