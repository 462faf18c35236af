/**
 * Cancelling an event: it stays in the schedule marked cancelled, everyone holding a seat gets a
 * letter in their language with the reason (real SMTP), and their reminders stop.
 */
import { TEST_ENGINES } from "@pavilion/db/testing";
import { describe, expect } from "vitest";
import {
  type AuthoringWorld,
  authoringWorld,
  deliverOutbox,
  eventDraft,
  speakerFields,
} from "../services/authoring/test-fixtures.ts";
import { appError, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import { formFor, lettersAbout, signUpIn } from "../services/registration/test-fixtures.ts";
import { failure } from "../testing/index.ts";

describe.each(TEST_ENGINES)("cancelling a written event on %s", (engine) => {
  let w: AuthoringWorld;
  let speakerId: string;
  const run = useCabinetTestApi(engine, async (api) => {
    w = await authoringWorld(api);
    speakerId = (await w.host.api.authoring.saveSpeaker({ exhibitorId: w.acme, speaker: speakerFields() }))
      .id;
  });

  async function approvedEvent(): Promise<string> {
    const { id } = await w.host.api.authoring.saveEvent({
      exhibitorId: w.acme,
      event: eventDraft(speakerId),
    });
    await w.host.api.authoring.submit({ eventId: id });
    await w.organiser.api.authoring.approve({ eventId: id });
    return id;
  }

  run(
    "writes to every registrant in their language, stops their reminders and marks the event cancelled",
    async () => {
      const eventId = await approvedEvent();
      const anna = await signUpIn(w.t, "ru", "Анна");
      const greta = await signUpIn(w.t, "en", "Greta");
      const annas = await anna.api.registration.register({ eventId, form: formFor(w, anna) });
      await greta.api.registration.register({ eventId, form: formFor(w, greta, { firstName: "Greta" }) });
      const pendingReminders = () =>
        w.t.db
          .selectFrom("jobs")
          .select("id")
          .where("dedupe_key", "like", `reminder:${annas.id}:%`)
          .where("state", "=", "pending")
          .execute();
      expect((await pendingReminders()).length).toBeGreaterThan(0);

      const result = await w.owner.api.authoring.cancelEvent({ eventId, reason: "Спикер заболел." });
      expect(result).toMatchObject({
        notified: 2,
        event: { status: "cancelled", state: "cancelled", can: { edit: false } },
      });
      expect(await pendingReminders()).toEqual([]);

      expect(await deliverOutbox(w.t)).toBe(2);
      const [russian] = lettersAbout(w.t, anna.email, "Отменено");
      expect(russian?.subject).toBe("Отменено: Станки с ЧПУ: новое поколение");
      expect(russian?.text).toContain("Спикер заболел.");
      expect(russian?.text).toContain("25 ноября 2026, 11:00–12:30 (время Europe/Moscow)");
      expect(lettersAbout(w.t, greta.email, "Cancelled: CNC machines: the new generation")).toHaveLength(1);

      const schedule = await w.visitor.api.programme.schedule({});
      expect(schedule.events.find((e) => e.id === eventId)?.status).toBe("cancelled");
      expect((await w.visitor.api.registration.formState({ eventId })).closedReason).toBe("cancelled");

      expect(
        appError(await failure(w.host.api.authoring.cancelEvent({ eventId, reason: "Again" }))).code,
      ).toBe("authoring.cancelled");
      const edit = await failure(w.host.api.authoring.saveEvent({ eventId, event: eventDraft(speakerId) }));
      expect(appError(edit).code).toBe("authoring.cancelled");
      expect(edit.message).toBe("This event has been cancelled and can no longer be changed.");
    },
  );

  run("refuses another company's staff, a missing reason and an event that is over", async () => {
    const eventId = await approvedEvent();
    expect(
      appError(await failure(w.otherHost.api.authoring.cancelEvent({ eventId, reason: "Mine" }))).code,
    ).toBe("auth.forbidden");
    expect(
      appError(await failure(w.host.api.authoring.cancelEvent({ eventId, reason: " " }))).fields,
    ).toEqual({
      reason: { code: "required" },
    });
    const clock = w.t.clock.now;
    w.t.clock.now = new Date("2026-11-26T00:00:00.000Z");
    try {
      expect(
        appError(await failure(w.host.api.authoring.cancelEvent({ eventId, reason: "Late" }))).code,
      ).toBe("authoring.over");
    } finally {
      w.t.clock.now = clock;
    }
    // Organisers may cancel any event.
    expect((await w.organiser.api.authoring.cancelEvent({ eventId, reason: "Hall closed" })).notified).toBe(
      0,
    );
  });
});
