import type { EventAccess } from "@pavilion/db";
import { postgresAvailableForTests, TEST_ENGINES } from "@pavilion/db/testing";
import { boothRoomName, DEFAULT_TOKEN_TTL_SECONDS, eventRoomName } from "@pavilion/livekit";
import { readToken } from "@pavilion/livekit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EventFixture, insertEvent, register } from "../services/events/test-fixtures.ts";
import {
  insertExhibition,
  insertExhibitor,
  type SmallExhibition,
  T0,
} from "../services/floor/test-fixtures.ts";
import { createTestApi, failure, type TestApi, type TestBrowser } from "../testing/index.ts";

const livekit = {
  url: "ws://127.0.0.1:7880",
  apiKey: "test-key",
  apiSecret: "test-secret-that-is-long-enough-for-hs256",
};

/** The grants and metadata a token carries, as LiveKit would read them. */
async function grantsOf(token: { token: string }) {
  const claims = await readToken(livekit, token.token);
  return {
    identity: claims.sub,
    name: claims.name,
    role: (JSON.parse(claims.metadata ?? "{}") as { role?: string }).role,
    room: claims.video?.room,
    canPublish: claims.video?.canPublish,
    canPublishData: claims.video?.canPublishData,
    canSubscribe: claims.video?.canSubscribe,
    canPublishSources: claims.video?.canPublishSources,
    ttl: (claims.exp ?? 0) - (claims.nbf ?? 0),
  };
}

describe.each(TEST_ENGINES)("live room tokens on %s", (engine) => {
  let t: TestApi;
  let expo: SmallExhibition;
  let acme: string;
  let draft: string;
  let staff: TestBrowser & { userId: string };
  let visitor: TestBrowser & { userId: string };
  let organiser: TestBrowser & { userId: string };
  const skip = engine === "postgres" && !postgresAvailableForTests();
  const run = skip ? it.skip : it;

  /** An event of the exhibition; each test says who may watch it. */
  const addEvent = (options: EventFixture & { access: EventAccess }) =>
    insertEvent(t.db, expo.exhibitionId, options);

  beforeAll(async () => {
    if (skip) return;
    t = await createTestApi(engine);
    t.services.livekit = livekit;
    expo = await insertExhibition(t.db);
    acme = await insertExhibitor(t.db, expo.exhibitionId, { slug: "acme", floorId: expo.food });
    draft = await insertExhibitor(t.db, expo.exhibitionId, {
      slug: "draft",
      floorId: expo.food,
      status: "draft",
    });
    staff = await t.signedIn({ name: "Stan Staff" });
    visitor = await t.signedIn({ name: "Vera Visitor" });
    organiser = await t.signedIn({ role: "organiser", name: "Olga Organiser" });
    await t.db
      .insertInto("members")
      .values([
        { exhibitor_id: acme, user_id: staff.userId, role: "staff", created_at: T0 },
        { exhibitor_id: draft, user_id: staff.userId, role: "owner", created_at: T0 },
      ])
      .execute();
  });
  afterAll(() => t?.close());

  run("lets a visitor into a booth's room to watch and listen, never to publish", async () => {
    const token = await visitor.api.live.boothToken({ exhibitorId: acme });
    expect(token).toMatchObject({
      url: livekit.url,
      room: boothRoomName(acme),
      role: "visitor",
      canPublish: false,
      ttlSeconds: DEFAULT_TOKEN_TTL_SECONDS,
    });
    expect(await grantsOf(token)).toEqual({
      ...{ identity: visitor.userId, name: "Vera Visitor", role: "visitor", room: boothRoomName(acme) },
      ...{ canPublish: false, canPublishData: false, canSubscribe: true, ttl: DEFAULT_TOKEN_TTL_SECONDS },
    });
  });

  run("lets the booth's staff publish in its room, and only there", async () => {
    const token = await staff.api.live.boothToken({ exhibitorId: acme });
    expect(await grantsOf(token)).toMatchObject({
      ...{ identity: staff.userId, name: "Stan Staff", role: "staff", room: boothRoomName(acme) },
      ...{ canPublish: true, canPublishData: false, canSubscribe: true },
    });
    const other = await insertExhibitor(t.db, expo.exhibitionId, { slug: "other", floorId: expo.food });
    const elsewhere = await staff.api.live.boothToken({ exhibitorId: other });
    expect(await grantsOf(elsewhere)).toMatchObject({
      role: "visitor",
      room: boothRoomName(other),
      canPublish: false,
    });
  });

  run("lets an organiser into any booth's room, drafts too, to watch", async () => {
    for (const exhibitorId of [acme, draft]) {
      const token = await organiser.api.live.boothToken({ exhibitorId });
      expect(await grantsOf(token)).toMatchObject({
        role: "organiser",
        room: boothRoomName(exhibitorId),
        canPublish: false,
      });
    }
  });

  run("keeps visitors out of a booth that is not approved, and strangers out of every booth", async () => {
    expect((await failure(visitor.api.live.boothToken({ exhibitorId: draft }))).code).toBe("NOT_FOUND");
    expect((await failure(visitor.api.live.boothToken({ exhibitorId: crypto.randomUUID() }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await failure(t.browser().api.live.boothToken({ exhibitorId: acme }))).code).toBe("UNAUTHORIZED");
    // The draft's own team may prepare in its room.
    expect((await staff.api.live.boothToken({ exhibitorId: draft })).canPublish).toBe(true);
  });

  run("names no room the client chose: a room name is not an exhibitor id", async () => {
    const error = await failure(visitor.api.live.boothToken({ exhibitorId: boothRoomName(acme) }));
    expect(error.code).toBe("BAD_REQUEST");
  });

  run("lets the exhibitor's staff host its webinar and visitors watch it", async () => {
    const webinar = await addEvent({ exhibitorId: acme, access: "everyone" });
    const host = await staff.api.live.eventToken({ eventId: webinar });
    expect(await grantsOf(host)).toMatchObject({
      role: "staff",
      room: eventRoomName(webinar),
      canPublish: true,
      canPublishData: false,
    });
    const viewer = await visitor.api.live.eventToken({ eventId: webinar });
    expect(await grantsOf(viewer)).toMatchObject({
      role: "visitor",
      room: eventRoomName(webinar),
      canPublish: false,
      canSubscribe: true,
    });
    const watching = await organiser.api.live.eventToken({ eventId: webinar });
    expect(await grantsOf(watching)).toMatchObject({ role: "organiser", canPublish: false });
  });

  run("lets organisers host programme sessions", async () => {
    const session = await addEvent({ exhibitorId: null, access: "signed_in" });
    expect(await grantsOf(await organiser.api.live.eventToken({ eventId: session }))).toMatchObject({
      role: "organiser",
      canPublish: true,
    });
    expect((await staff.api.live.eventToken({ eventId: session })).canPublish).toBe(false);
  });

  run("lets a signed-out guest watch an event open to everyone, and nothing else", async () => {
    const open = await addEvent({ exhibitorId: acme, access: "everyone" });
    const guest = await grantsOf(await t.browser().api.live.eventToken({ eventId: open }));
    expect(guest).toMatchObject({
      role: "visitor",
      name: undefined,
      canPublish: false,
      canPublishData: false,
    });
    expect(guest.identity).toMatch(/^guest-[0-9a-f-]{36}$/);
    const signedIn = await addEvent({ exhibitorId: acme, access: "signed_in" });
    const error = await failure(t.browser().api.live.eventToken({ eventId: signedIn }));
    expect([error.code, error.message]).toEqual(["UNAUTHORIZED", "Please sign in to continue."]);
    expect((await visitor.api.live.eventToken({ eventId: signedIn })).role).toBe("visitor");
  });

  run("lets only registered people watch a registered-only event", async () => {
    const event = await addEvent({ exhibitorId: acme, access: "registered" });
    const refused = await failure(visitor.api.live.eventToken({ eventId: event }));
    expect([refused.code, refused.message]).toEqual(["FORBIDDEN", "Register for this event to watch it."]);
    await register(t.db, event, visitor.userId, "rejected");
    expect((await failure(visitor.api.live.eventToken({ eventId: event }))).code).toBe("FORBIDDEN");
    await register(t.db, event, visitor.userId, "pending");
    expect((await visitor.api.live.eventToken({ eventId: event })).room).toBe(eventRoomName(event));
    // The hosts and organisers need no registration.
    expect((await staff.api.live.eventToken({ eventId: event })).canPublish).toBe(true);
    expect((await organiser.api.live.eventToken({ eventId: event })).role).toBe("organiser");
  });

  run("lets only approved registrants watch a closed event", async () => {
    const event = await addEvent({ exhibitorId: acme, access: "approved" });
    await register(t.db, event, visitor.userId, "pending");
    const waiting = await failure(visitor.api.live.eventToken({ eventId: event }));
    expect(waiting.code).toBe("FORBIDDEN");
    expect(waiting.message).toMatch(/once your registration is approved/);
    await t.db
      .updateTable("registrations")
      .set({ status: "accepted" })
      .where("event_id", "=", event)
      .execute();
    expect((await visitor.api.live.eventToken({ eventId: event })).role).toBe("visitor");
  });

  run("hides events that are not approved from everyone but their hosts and organisers", async () => {
    const event = await addEvent({ exhibitorId: acme, access: "everyone", status: "draft" });
    expect((await failure(visitor.api.live.eventToken({ eventId: event }))).code).toBe("NOT_FOUND");
    expect((await staff.api.live.eventToken({ eventId: event })).canPublish).toBe(true);
    expect((await failure(visitor.api.live.eventToken({ eventId: crypto.randomUUID() }))).code).toBe(
      "NOT_FOUND",
    );
  });

  async function putOnStage(eventId: string, userId: string) {
    await t.db
      .insertInto("live_stage")
      .values({
        ...{ id: crypto.randomUUID(), room: eventRoomName(eventId), user_id: userId },
        ...{ invited_by: staff.userId, invited_at: T0 },
      })
      .execute();
  }

  run("lets a viewer a host brought on stage publish camera and microphone, and nothing else", async () => {
    const webinar = await addEvent({ exhibitorId: acme, access: "everyone" });
    expect((await grantsOf(await visitor.api.live.eventToken({ eventId: webinar }))).canPublish).toBe(false);
    await putOnStage(webinar, visitor.userId);
    expect(await grantsOf(await visitor.api.live.eventToken({ eventId: webinar }))).toMatchObject({
      ...{ role: "visitor", room: eventRoomName(webinar), canPublish: true, canPublishData: false },
      canPublishSources: ["camera", "microphone"],
    });
    // The hosts publish anything, screen share included.
    expect(
      (await grantsOf(await staff.api.live.eventToken({ eventId: webinar }))).canPublishSources,
    ).toBeUndefined();
  });

  run("keeps the stage to its own event: no other room lets the viewer publish", async () => {
    const onStage = await addEvent({ exhibitorId: acme, access: "everyone" });
    const other = await addEvent({ exhibitorId: acme, access: "everyone" });
    await putOnStage(onStage, visitor.userId);
    const token = await grantsOf(await visitor.api.live.eventToken({ eventId: other }));
    expect(token).toMatchObject({ room: eventRoomName(other), canPublish: false });
    // The caller names an event, never a room: a room name is refused as input.
    const tampered = await failure(visitor.api.live.eventToken({ eventId: eventRoomName(onStage) }));
    expect(tampered.code).toBe("BAD_REQUEST");
  });

  run("lets nobody into a webinar its host ended, the hosts included", async () => {
    const webinar = await addEvent({ exhibitorId: acme, access: "everyone" });
    await putOnStage(webinar, visitor.userId);
    await t.db.updateTable("events").set({ ended_at: T0 }).where("id", "=", webinar).execute();
    for (const caller of [visitor, staff, organiser, t.browser()]) {
      const error = await failure(caller.api.live.eventToken({ eventId: webinar }));
      expect([error.code, error.message]).toEqual(["CONFLICT", "This webinar has ended."]);
    }
  });

  run("says live rooms are unavailable when no LiveKit server is configured", async () => {
    t.services.livekit = null;
    try {
      const error = await failure(visitor.api.live.boothToken({ exhibitorId: acme }));
      expect(error.code).toBe("SERVICE_UNAVAILABLE");
      expect(error.message).toMatch(/Webinars and live chat are unavailable/);
      // Access is still checked first: a stranger to a draft learns nothing more.
      expect((await failure(visitor.api.live.boothToken({ exhibitorId: draft }))).code).toBe("NOT_FOUND");
    } finally {
      t.services.livekit = livekit;
    }
  });
});
