/** The webinar page's state, the hosts' viewer list, ending, and recording from the console, without LiveKit. */
import { postgresAvailableForTests, TEST_ENGINES } from "@pavilion/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appError } from "../services/cabinet/test-fixtures.ts";
import { insertEvent, register } from "../services/events/test-fixtures.ts";
import {
  enterRoom,
  publishTrack,
  putOnStage,
  type WebinarWorld,
  webinarWorld,
} from "../services/webinar/test-fixtures.ts";
import { createTestApi, failure, type TestApi } from "../testing/index.ts";

const livekit = { url: "ws://127.0.0.1:1", apiKey: "k", apiSecret: "a-secret-long-enough-for-hs256-signing" };

describe.each(TEST_ENGINES)("webinars on %s", (engine) => {
  let t: TestApi;
  let w: WebinarWorld;
  const skip = engine === "postgres" && !postgresAvailableForTests();
  const run = skip ? it.skip : it;
  const codeOf = async (call: Promise<unknown>) => appError(await failure(call)).code;
  const webinar = (options: Parameters<typeof insertEvent>[2] = { exhibitorId: w.acme }) =>
    insertEvent(t.db, w.exhibitionId, options);

  beforeAll(async () => {
    if (skip) return;
    t = await createTestApi(engine);
    w = await webinarWorld(t);
  });
  afterAll(() => t?.close());

  run("describes a webinar with its host, the exhibition's branding and what a visitor may do", async () => {
    const eventId = await webinar({ exhibitorId: w.acme, access: "everyone" });
    t.services.livekit = null;
    const state = await w.visitor.api.webinar.state({ eventId });
    expect(state).toMatchObject({
      ...{ id: eventId, kind: "webinar", title: { ru: "Вебинар", en: "Webinar" }, phase: "scheduled" },
      ...{ startsAt: "2026-11-23T10:00:00.000Z", endsAt: "2026-11-23T11:00:00.000Z", endedAt: null },
      host: {
        exhibitorId: w.acme,
        name: { ru: "Акме", en: "Acme" },
        logoUrl: expect.stringMatching(/^\/files\//),
      },
      branding: {
        exhibitionName: { ru: "Выставка", en: "Expo" },
        logoUrl: expect.stringMatching(/^\/files\//),
      },
      access: { watch: "everyone", questions: "viewers", recording: "signed_in" },
      caller: { isHost: false, isOrganiser: false, canWatch: true, watchRefusal: null, onStage: false },
      ...{ liveAvailable: false, recording: null, egress: { available: false, recording: false } },
    });
    expect(state.host.logoUrl).not.toBe(state.branding.logoUrl);
    t.services.livekit = livekit;
    expect((await w.visitor.api.webinar.state({ eventId })).liveAvailable).toBe(true);
  });

  run(
    "names the exhibition as the host of the organiser's programme, and organisers as its hosts",
    async () => {
      const eventId = await webinar({ exhibitorId: null });
      const state = await w.organiser.api.webinar.state({ eventId });
      expect(state.host).toEqual({
        exhibitorId: null,
        name: state.branding.exhibitionName,
        logoUrl: state.branding.logoUrl,
      });
      expect(state.caller).toMatchObject({ isHost: true, isOrganiser: true });
      expect((await w.staff.api.webinar.state({ eventId })).caller.isHost).toBe(false);
    },
  );

  run("tells each caller whether they may watch, and why not", async () => {
    const eventId = await webinar({ exhibitorId: w.acme, access: "registered" });
    const refusal = async (caller: { api: typeof w.visitor.api }) =>
      (await caller.api.webinar.state({ eventId })).caller;
    expect(await refusal(t.browser())).toMatchObject({
      canWatch: false,
      watchRefusal: "auth.signInRequired",
    });
    expect(await refusal(w.visitor)).toMatchObject({
      canWatch: false,
      watchRefusal: "live.registrationRequired",
    });
    await register(t.db, eventId, w.visitor.userId, "pending");
    expect(await refusal(w.visitor)).toMatchObject({ canWatch: true, watchRefusal: null });
    expect(await refusal(w.staff)).toMatchObject({ isHost: true, canWatch: true });
    expect(await refusal(w.organiser)).toMatchObject({ isHost: false, isOrganiser: true, canWatch: true });
    await putOnStage(t.db, eventId, w.visitor.userId);
    expect((await refusal(w.visitor)).onStage).toBe(true);
  });

  run("keeps a draft webinar from visitors", async () => {
    const eventId = await webinar({ exhibitorId: w.acme, status: "draft" });
    expect(await codeOf(w.visitor.api.webinar.state({ eventId }))).toBe("notFound");
    expect((await w.staff.api.webinar.state({ eventId })).caller.isHost).toBe(true);
  });

  run("goes live while a host or a viewer on stage publishes, and ends when its time is over", async () => {
    const eventId = await webinar();
    const phase = async () => (await w.visitor.api.webinar.state({ eventId })).phase;
    expect(await phase()).toBe("scheduled");
    // A track of a viewer not on stage (a stale one) does not make it live.
    const viewer = await enterRoom(t.db, eventId, w.visitor.userId, "visitor");
    await publishTrack(t.db, eventId, viewer);
    expect(await phase()).toBe("scheduled");
    await putOnStage(t.db, eventId, w.visitor.userId);
    expect(await phase()).toBe("live");
    await t.db.deleteFrom("live_stage").execute();
    const host = await enterRoom(t.db, eventId, w.staff.userId, "staff");
    await publishTrack(t.db, eventId, host, "screen_share");
    expect(await phase()).toBe("live");
    // A host running over the end time is still live; once nobody publishes, it is over.
    t.clock.advance(3 * 60 * 60_000);
    expect(await phase()).toBe("live");
    await t.db.deleteFrom("live_tracks").execute();
    expect(await phase()).toBe("ended");
    t.clock.advance(-3 * 60 * 60_000);
  });

  run(
    "shows the viewers to the hosts and organisers only: a count without hosts, names in order",
    async () => {
      const eventId = await webinar();
      await enterRoom(t.db, eventId, w.staff.userId, "staff", "2026-11-23T10:00:00.000Z");
      await enterRoom(t.db, eventId, w.visitor.userId, "visitor", "2026-11-23T10:01:00.000Z");
      await enterRoom(t.db, eventId, `guest-${crypto.randomUUID()}`, "visitor", "2026-11-23T10:02:00.000Z");
      await enterRoom(t.db, eventId, w.organiser.userId, "organiser", "2026-11-23T10:03:00.000Z");
      // A reconnect whose leave has not arrived yet: still one person.
      await enterRoom(t.db, eventId, w.visitor.userId, "visitor", "2026-11-23T10:04:00.000Z");
      await putOnStage(t.db, eventId, w.visitor.userId);
      const viewers = await w.staff.api.webinar.viewers({ eventId });
      expect(viewers.count).toBe(3);
      expect(viewers.viewers.map((v) => [v.name, v.role, v.onStage, v.joinedAt.slice(11, 16)])).toEqual([
        ["Stan Staff", "staff", false, "10:00"],
        ["Vera Visitor", "visitor", true, "10:01"],
        ["Olga Organiser", "organiser", false, "10:03"],
      ]);
      expect((await w.organiser.api.webinar.viewers({ eventId })).count).toBe(3);
      expect(await codeOf(w.visitor.api.webinar.viewers({ eventId }))).toBe("auth.forbidden");
      const stranger = await t.signedIn();
      expect(await codeOf(stranger.api.webinar.viewers({ eventId }))).toBe("auth.forbidden");
    },
  );

  run("ends a webinar once for everyone, refusing visitors; ending again changes nothing", async () => {
    t.services.livekit = null;
    const eventId = await webinar();
    await putOnStage(t.db, eventId, w.visitor.userId);
    expect(await codeOf(w.visitor.api.webinar.end({ eventId }))).toBe("auth.forbidden");
    const ended = await w.staff.api.webinar.end({ eventId });
    expect(ended).toMatchObject({ phase: "ended", endedAt: t.clock.now.toISOString() });
    expect(ended.caller).toMatchObject({ canWatch: false, watchRefusal: "live.ended", onStage: false });
    t.clock.advance(60_000);
    const again = await w.organiser.api.webinar.end({ eventId });
    expect(again.endedAt).toBe(ended.endedAt);
    expect(await codeOf(w.visitor.api.live.eventToken({ eventId }))).toBe("live.ended");
    // It does not go live again, whoever publishes.
    await publishTrack(t.db, eventId, await enterRoom(t.db, eventId, w.staff.userId, "staff"));
    expect((await w.visitor.api.webinar.state({ eventId })).phase).toBe("ended");
  });

  run("refuses the stage to visitors, and says so when no LiveKit server is configured", async () => {
    const eventId = await webinar();
    const input = { eventId, userId: w.visitor.userId };
    expect(await codeOf(w.visitor.api.webinar.inviteToStage(input))).toBe("auth.forbidden");
    expect(await codeOf(w.visitor.api.webinar.removeFromStage(input))).toBe("auth.forbidden");
    t.services.livekit = null;
    expect(await codeOf(w.staff.api.webinar.inviteToStage(input))).toBe("live.unavailable");
    // Someone on stage who has left is simply taken off it: a token minted later lets them publish nothing.
    await putOnStage(t.db, eventId, w.visitor.userId);
    await w.staff.api.webinar.removeFromStage(input);
    expect((await w.visitor.api.webinar.state({ eventId })).caller.onStage).toBe(false);
  });

  run("says recording from the console is unavailable without LiveKit Egress", async () => {
    t.services.livekit = livekit;
    const eventId = await webinar();
    expect((await w.staff.api.webinar.state({ eventId })).egress).toEqual({
      available: false,
      recording: false,
    });
    const start = await failure(w.staff.api.webinar.startRecording({ eventId }));
    expect([start.code, appError(start).code]).toEqual(["SERVICE_UNAVAILABLE", "live.egressUnavailable"]);
    expect(await codeOf(w.staff.api.webinar.stopRecording({ eventId }))).toBe("live.egressUnavailable");
    expect(await codeOf(w.visitor.api.webinar.startRecording({ eventId }))).toBe("auth.forbidden");
    // Organisers moderate an exhibitor's webinar, but only its hosts record it.
    expect(await codeOf(w.organiser.api.webinar.startRecording({ eventId }))).toBe("auth.forbidden");
    // Configured, the console offers it (Egress itself cannot run here: starting is not tried).
    t.services.egress = { filepath: "recordings/{room_name}.mp4", s3: null };
    expect((await w.staff.api.webinar.state({ eventId })).egress).toEqual({
      available: true,
      recording: false,
    });
    t.services.egress = null;
  });
});
