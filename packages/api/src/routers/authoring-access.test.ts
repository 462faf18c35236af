/** Who writes what: a company's team its own events and speakers, organisers the programme and anything. */
import { TEST_ENGINES } from "@pavilion/db/testing";
import { describe, expect } from "vitest";
import {
  type AuthoringWorld,
  authoringWorld,
  eventDraft,
  speakerFields,
} from "../services/authoring/test-fixtures.ts";
import { appError, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import { failure } from "../testing/index.ts";

describe.each(TEST_ENGINES)("who may write events on %s", (engine) => {
  let w: AuthoringWorld;
  let speakerId: string;
  let eventId: string;
  const run = useCabinetTestApi(engine, async (api) => {
    w = await authoringWorld(api);
    speakerId = (await w.host.api.authoring.saveSpeaker({ exhibitorId: w.acme, speaker: speakerFields() }))
      .id;
    eventId = (await w.host.api.authoring.saveEvent({ exhibitorId: w.acme, event: eventDraft(speakerId) }))
      .id;
  });
  const code = async (call: Promise<unknown>) => appError(await failure(call)).code;

  run("refuses a visitor everything of a company's and of the programme", async () => {
    const { api } = w.visitor;
    expect(await code(api.authoring.saveEvent({ exhibitorId: w.acme, event: eventDraft(speakerId) }))).toBe(
      "auth.forbidden",
    );
    expect(await code(api.authoring.saveEvent({ event: eventDraft(speakerId) }))).toBe("auth.forbidden");
    expect(await code(api.authoring.events({ exhibitorId: w.acme }))).toBe("auth.forbidden");
    expect(await code(api.authoring.events({}))).toBe("auth.forbidden");
    expect(await code(api.authoring.speakers({}))).toBe("auth.forbidden");
    expect(await code(api.authoring.event({ eventId }))).toBe("auth.forbidden");
    expect(await code(api.authoring.saveSpeaker({ speaker: speakerFields() }))).toBe("auth.forbidden");
    expect(await code(api.authoring.cancelEvent({ eventId, reason: "No" }))).toBe("auth.forbidden");
    expect(await code(api.authoring.reviewQueue())).toBe("auth.forbidden");
    expect(await code(api.authoring.approve({ eventId }))).toBe("auth.forbidden");
  });

  run("refuses another company's staff the company's events and speakers", async () => {
    const { api } = w.otherHost;
    expect(await code(api.authoring.event({ eventId }))).toBe("auth.forbidden");
    expect(await code(api.authoring.saveEvent({ eventId, event: eventDraft(speakerId) }))).toBe(
      "auth.forbidden",
    );
    expect(await code(api.authoring.submit({ eventId }))).toBe("auth.forbidden");
    expect(await code(api.authoring.events({ exhibitorId: w.acme }))).toBe("auth.forbidden");
    expect(await code(api.authoring.speakers({ exhibitorId: w.acme }))).toBe("auth.forbidden");
    expect(
      await code(
        api.authoring.saveSpeaker({ speakerId, speaker: speakerFields({ name: { ru: "Взлом", en: "" } }) }),
      ),
    ).toBe("auth.forbidden");
    expect(await code(api.authoring.deleteSpeaker({ speakerId }))).toBe("auth.forbidden");
    expect(await code(api.authoring.approve({ eventId }))).toBe("auth.forbidden");
    expect((await w.host.api.authoring.event({ eventId })).draft.title.en).toBe(
      "CNC machines: the new generation",
    );
  });

  run("lets the company's staff and owner write, and shows their list", async () => {
    const events = await w.owner.api.authoring.events({ exhibitorId: w.acme });
    expect(events.find((e) => e.id === eventId)).toMatchObject({
      kind: "webinar",
      status: "draft",
      state: "draft",
    });
    const edited = await w.owner.api.authoring.saveEvent({
      eventId,
      event: eventDraft(speakerId, { title: { ru: "Новое", en: "New" } }),
    });
    expect(edited).toMatchObject({ editing: "event", draft: { title: { ru: "Новое", en: "New" } } });
  });

  run("lets organisers write the programme and edit any company's event", async () => {
    const programmeSpeaker = await w.organiser.api.authoring.saveSpeaker({ speaker: speakerFields() });
    const session = await w.organiser.api.authoring.saveEvent({
      event: eventDraft(programmeSpeaker.id, { format: "presentation", stream: "Plenary" }),
    });
    expect(session).toMatchObject({ kind: "programme", exhibitorId: null, status: "draft" });
    expect((await w.organiser.api.authoring.events({})).map((e) => e.id)).toContain(session.id);
    // The programme may invite a company's speaker.
    const withGuest = await w.organiser.api.authoring.saveEvent({
      eventId: session.id,
      event: eventDraft(speakerId),
    });
    expect(withGuest.draft.speakers).toEqual([{ speakerId, role: "speaker" }]);
    const companyEvent = await w.organiser.api.authoring.saveEvent({
      eventId,
      event: eventDraft(speakerId, { capacity: 30 }),
    });
    expect(companyEvent.draft.capacity).toBe(30);
    expect(
      await code(w.host.api.authoring.saveEvent({ eventId: session.id, event: eventDraft(speakerId) })),
    ).toBe("auth.forbidden");
  });
});
