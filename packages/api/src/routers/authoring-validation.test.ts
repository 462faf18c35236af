/**
 * Every rule of a written event, each refusal naming its field in the caller's language: the
 * 1,000-character description, theses per talk, the agenda inside the event and in order, times
 * within the exhibition's days and not in the past, and only speakers the event may have.
 */
import { TEST_ENGINES } from "@pavilion/db/testing";
import type { EventDraft } from "@pavilion/schema";
import { describe, expect } from "vitest";
import {
  type AuthoringWorld,
  agendaItem,
  authoringWorld,
  eventDraft,
  moscow,
  speakerFields,
} from "../services/authoring/test-fixtures.ts";
import { appError, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import { signUpIn } from "../services/registration/test-fixtures.ts";
import { failure } from "../testing/index.ts";

describe.each(TEST_ENGINES)("the rules of a written event on %s", (engine) => {
  let w: AuthoringWorld;
  let speakerId: string;
  const run = useCabinetTestApi(engine, async (api) => {
    w = await authoringWorld(api);
    speakerId = (await w.host.api.authoring.saveSpeaker({ exhibitorId: w.acme, speaker: speakerFields() }))
      .id;
  });

  const save = (event: EventDraft, as = w.host) => as.api.authoring.saveEvent({ exhibitorId: w.acme, event });
  /** The refusal of the draft: its code, fields and translated message. */
  async function refusal(event: EventDraft, as = w.host) {
    const error = await failure(save(event, as));
    return { ...appError(error), message: error.message };
  }
  /** The valid draft with agenda item `index` changed. */
  const withItem = (index: number, patch: Partial<EventDraft["agenda"][number]>) => {
    const draft = eventDraft(speakerId);
    return { ...draft, agenda: draft.agenda.map((item, i) => (i === index ? { ...item, ...patch } : item)) };
  };

  run("accepts a description of exactly 1,000 characters and refuses 1,001, naming the field", async () => {
    const saved = await save(
      eventDraft(speakerId, { description: { ru: "д".repeat(1000), en: "d".repeat(1000) } }),
    );
    expect(saved.draft.description.ru).toHaveLength(1000);
    expect(saved.state).toBe("draft");

    const tooLong = await refusal(eventDraft(speakerId, { description: { ru: "д".repeat(1001), en: "ok" } }));
    expect(tooLong.code).toBe("validation.invalid");
    expect(tooLong.fields).toEqual({ "event.description.ru": { code: "tooLong", params: { max: 1000 } } });
    expect(tooLong.message).toContain("Description with key theses (Russian): at most 1000 characters.");

    const russian = await signUpIn(w.t, "ru", "Ирина");
    await w.t.db
      .insertInto("members")
      .values({
        exhibitor_id: w.acme,
        user_id: russian.userId,
        role: "staff",
        created_at: w.t.clock.now.toISOString(),
      })
      .execute();
    const inRussian = await refusal(
      eventDraft(speakerId, { description: { ru: "ok", en: "d".repeat(1001) } }),
      russian,
    );
    expect(inRussian.message).toContain(
      "Описание с ключевыми тезисами (по-английски): не длиннее 1000 символов.",
    );
  });

  run("refuses a talk with one thesis or four, and theses on anything but a talk", async () => {
    const one = await refusal(withItem(1, { theses: { ru: ["Точность"], en: ["Precision"] } }));
    expect(one.fields?.["event.agenda.1.theses.ru"]).toEqual({
      code: "thesesCount",
      params: { min: 2, max: 3, count: 1 },
    });
    expect(one.message).toContain("Agenda item 2: theses (Russian): a talk has 2 to 3 theses (now 1).");

    const four = await refusal(withItem(1, { theses: { ru: ["1", "2", "3", "4"], en: ["1", "2", "3"] } }));
    expect(four.fields).toEqual({
      "event.agenda.1.theses.ru": { code: "thesesCount", params: { min: 2, max: 3, count: 4 } },
    });

    const three = await save(withItem(1, { theses: { ru: ["1", "2", "3"], en: ["1", "2", "3"] } }));
    expect(three.draft.agenda[1]?.theses.ru).toEqual(["1", "2", "3"]);

    const onBreak = await refusal(withItem(2, { theses: { ru: ["Кофе"], en: [] } }));
    expect(onBreak.fields).toEqual({ "event.agenda.2.theses.ru": { code: "thesesOnlyForTalks" } });
    expect(onBreak.message).toContain("Agenda item 3: theses (Russian): only talks have theses.");
  });

  run("refuses a talk without a speaker, or with one not among the event's speakers", async () => {
    const none = await refusal(withItem(1, { speakerId: null }));
    expect(none.fields).toEqual({ "event.agenda.1.speakerId": { code: "required" } });
    expect(none.message).toContain("Agenda item 2: speaker: this field is required.");

    const notListed = await refusal(eventDraft(speakerId, { speakers: [] }));
    expect(notListed.fields).toEqual({ "event.agenda.1.speakerId": { code: "notAmongSpeakers" } });
  });

  run("refuses agenda items that overlap, go back in time or leave the event", async () => {
    const overlap = await refusal(withItem(2, { startsAt: moscow("11:55") }));
    expect(overlap.fields).toEqual({ "event.agenda.2.startsAt": { code: "overlaps", params: { other: 2 } } });
    expect(overlap.message).toContain("Agenda item 3: start: overlaps item 2, which has not ended by then.");

    const backwards = await refusal(withItem(3, { startsAt: moscow("11:05"), durationMinutes: 5 }));
    expect(backwards.fields?.["event.agenda.3.startsAt"]?.code).toBe("outOfOrder");

    const early = await refusal(withItem(0, { startsAt: moscow("10:50") }));
    expect(early.fields).toEqual({ "event.agenda.0.startsAt": { code: "outsideEvent" } });
    const late = await refusal(withItem(3, { durationMinutes: 21 }));
    expect(late.fields).toEqual({ "event.agenda.3.startsAt": { code: "outsideEvent" } });
    expect(late.message).toContain(
      "Agenda item 4: start: the item must lie between the event's start and end.",
    );
  });

  run("refuses an end before the start and an event longer than 8 hours", async () => {
    const backwards = await refusal(eventDraft(speakerId, { endsAt: moscow("10:00"), agenda: [] }));
    expect(backwards.fields).toEqual({ "event.endsAt": { code: "endsBeforeStart" } });
    expect(backwards.message).toContain("End: must be later than the start.");
    const long = await refusal(eventDraft(speakerId, { endsAt: moscow("19:01"), agenda: [] }));
    expect(long.fields).toEqual({ "event.endsAt": { code: "eventTooLong", params: { hours: 8 } } });
  });

  run("refuses a title in neither language, zero seats and an odd stream", async () => {
    const untitled = await refusal(eventDraft(speakerId, { title: { ru: " ", en: "" } }));
    expect(untitled.fields).toEqual({ "event.title": { code: "oneLanguageRequired" } });
    expect(untitled.message).toContain("Title: fill it in in Russian or English (or both).");
    const noSeats = await refusal(eventDraft(speakerId, { capacity: 0 }));
    expect(noSeats.fields).toEqual({
      "event.capacity": { code: "outOfRange", params: { min: 1, max: 100000 } },
    });
    expect(noSeats.message).toContain("Seats: from 1 to 100000.");
    const unlimited = await save(eventDraft(speakerId, { capacity: null, stream: "  " }));
    expect(unlimited.draft).toMatchObject({ capacity: null, stream: null });
  });

  run("refuses times outside the exhibition's days, or in the past", async () => {
    const after = await refusal(
      eventDraft(speakerId, {
        startsAt: moscow("11:00", "2026-12-01"),
        endsAt: moscow("12:00", "2026-12-01"),
        agenda: [],
      }),
    );
    expect(after.code).toBe("authoring.outsideExhibition");
    expect(after.message).toBe(
      "The event must take place on the exhibition's days, 20 November 2026 to 30 November 2026 (Europe/Moscow time).",
    );
    // The last day counts to its midnight in Moscow (21:00 UTC).
    const lastEvening = eventDraft(speakerId, {
      ...{ startsAt: moscow("22:00", "2026-11-30"), endsAt: moscow("23:59", "2026-11-30"), agenda: [] },
    });
    expect((await save(lastEvening)).draft.startsAt).toBe("2026-11-30T19:00:00.000Z");

    const past = await refusal(
      eventDraft(speakerId, {
        startsAt: moscow("10:00", "2026-11-23"),
        endsAt: moscow("11:00", "2026-11-23"),
        agenda: [],
      }),
    );
    expect(past.code).toBe("authoring.inThePast");
  });

  run("refuses another company's speaker and a speaker listed twice", async () => {
    const theirs = await w.otherHost.api.authoring.saveSpeaker({
      exhibitorId: w.other,
      speaker: speakerFields(),
    });
    const foreign = await refusal(eventDraft(theirs.id, { agenda: [agendaItem("qa", "11:00", 30)] }));
    expect(foreign.code).toBe("authoring.speakerUnknown");
    const twice = await refusal(
      eventDraft(speakerId, {
        speakers: [
          { speakerId, role: "speaker" },
          { speakerId, role: "moderator" },
        ],
      }),
    );
    expect(twice.fields).toEqual({ "event.speakers.1.speakerId": { code: "duplicate" } });
    expect(twice.message).toContain("Speaker 2: already listed.");
  });
});
