import { postgresAvailableForTests, TEST_ENGINES } from "@pavilion/db/testing";
import { boothRoomName, eventRoomName, type LiveKitWebhook } from "@pavilion/livekit";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../../testing/index.ts";
import { ensureAllFloorLayouts } from "../floor/placement.ts";
import { insertExhibition, insertExhibitor, type SmallExhibition, T0 } from "../floor/test-fixtures.ts";
import { applyWebhook, clearPresence, WEBHOOK_MAX_AGE_MS } from "./presence.ts";

describe.each(TEST_ENGINES)("presence from LiveKit webhooks on %s", (engine) => {
  let t: TestApi;
  let expo: SmallExhibition;
  let acme: string;
  let webinar: string;
  let hooks = 0;
  const skip = engine === "postgres" && !postgresAvailableForTests();
  const run = skip ? it.skip : it;

  /** A webhook as LiveKit sends it, a second before the API's clock unless told. */
  function hook(event: string, room: string, extra: Partial<LiveKitWebhook> = {}): LiveKitWebhook {
    hooks += 1;
    return {
      ...{ id: `EV_${hooks}`, event, createdAt: new Date(t.clock.now.getTime() - 1_000) },
      ...{ room: { sid: "RM_1", name: room }, participant: null, track: null },
      ...extra,
    };
  }
  const person = (sid: string, role: string | null, identity = crypto.randomUUID()) => ({
    participant: { sid, identity, name: "Anna", metadata: role === null ? "" : JSON.stringify({ role }) },
  });
  const apply = (event: LiveKitWebhook) => applyWebhook(t.db, event, t.clock.now);
  const plan = async () =>
    (await t.browser().api.floor.plan({ slug: "food" })).booths.find((b) => b.exhibitorId === acme);
  const page = () => t.browser().api.booth.page({ exhibitorId: acme });

  beforeAll(async () => {
    if (skip) return;
    t = await createTestApi(engine);
    expo = await insertExhibition(t.db);
    acme = await insertExhibitor(t.db, expo.exhibitionId, { slug: "acme", floorId: expo.food });
    await ensureAllFloorLayouts(t.db, t.clock.now);
    webinar = crypto.randomUUID();
    await t.db
      .insertInto("events")
      .values({
        ...{ id: webinar, exhibition_id: expo.exhibitionId, exhibitor_id: acme, kind: "webinar" },
        ...{ format: "seminar", stream: null, title_ru: "В", title_en: "W", description_ru: "" },
        // Tomorrow: not live by its schedule.
        ...{ description_en: "", starts_at: "2026-11-24T10:00:00.000Z", ends_at: "2026-11-24T11:00:00.000Z" },
        ...{ timezone: "UTC", capacity: null, registration_mode: "open", access: "everyone" },
        ...{ status: "approved", created_at: T0, updated_at: T0 },
      })
      .execute();
  });
  afterAll(() => t?.close());
  beforeEach(async () => {
    if (skip) return;
    for (const table of ["live_participants", "live_tracks", "live_webhooks"] as const) {
      await t.db.deleteFrom(table).execute();
    }
  });

  run(
    "shows staff online on the floor and the booth page while a staff member is in the booth's room",
    async () => {
      const room = boothRoomName(acme);
      expect([(await plan())?.staffOnline, (await page()).staffOnline]).toEqual([false, false]);
      await apply(hook("room_started", room));
      expect(await apply(hook("participant_joined", room, person("PA_visitor", "visitor")))).toBe("applied");
      expect((await plan())?.staffOnline).toBe(false);
      await apply(hook("participant_joined", room, person("PA_staff", "staff")));
      expect([(await plan())?.staffOnline, (await page()).staffOnline]).toEqual([true, true]);
      await apply(hook("participant_left", room, person("PA_staff", "staff")));
      expect([(await plan())?.staffOnline, (await page()).staffOnline]).toEqual([false, false]);
    },
  );

  run("trusts only the role the API put in the token, and takes anything else for a visitor", async () => {
    const room = boothRoomName(acme);
    await apply(hook("participant_joined", room, person("PA_1", null)));
    await apply(hook("participant_joined", room, person("PA_2", "admin")));
    expect((await plan())?.staffOnline).toBe(false);
    const roles = await t.db.selectFrom("live_participants").select("role").execute();
    expect(roles.map((row) => row.role)).toEqual(["visitor", "visitor"]);
  });

  run("applies a webhook once, however often it is delivered", async () => {
    const room = boothRoomName(acme);
    const joined = hook("participant_joined", room, person("PA_staff", "staff"));
    const left = hook("participant_left", room, person("PA_staff", "staff"));
    expect(await apply(joined)).toBe("applied");
    expect(await apply(left)).toBe("applied");
    // A replay of the join after the leave must not bring the staff member back.
    expect(await apply(joined)).toBe("duplicate");
    expect((await plan())?.staffOnline).toBe(false);
    expect(await t.db.selectFrom("live_participants").selectAll().execute()).toHaveLength(1);
  });

  run("ignores webhooks older than a few minutes and rooms that are not ours", async () => {
    const old = hook("participant_joined", boothRoomName(acme), {
      ...person("PA_old", "staff"),
      createdAt: new Date(t.clock.now.getTime() - WEBHOOK_MAX_AGE_MS - 1_000),
    });
    expect(await apply(old)).toBe("stale");
    expect(await apply(hook("participant_joined", "lobby", person("PA_x", "staff")))).toBe("ignored");
    expect((await plan())?.staffOnline).toBe(false);
    expect(await t.db.selectFrom("live_webhooks").selectAll().execute()).toEqual([]);
  });

  run("empties a room when it finishes, or starts again after a webhook was lost", async () => {
    const room = boothRoomName(acme);
    await apply(hook("participant_joined", room, person("PA_1", "staff")));
    await apply(hook("room_finished", room));
    expect((await plan())?.staffOnline).toBe(false);
    await apply(hook("participant_joined", room, person("PA_2", "staff")));
    // LiveKit restarted and its participant_left was lost: the next room_started says the room was empty.
    await apply(hook("room_started", room));
    expect((await plan())?.staffOnline).toBe(false);
    const open = await t.db
      .selectFrom("live_participants")
      .select("sid")
      .where("left_at", "is", null)
      .execute();
    expect(open).toEqual([]);
  });

  run("shows the booth live while its webinar's host publishes, outside the schedule too", async () => {
    const room = eventRoomName(webinar);
    const host = person("PA_host", "staff");
    await apply(hook("participant_joined", room, host));
    expect([(await plan())?.live, (await page()).live]).toEqual([false, false]);
    const camera = { ...host, track: { sid: "TR_cam", source: "camera" } };
    const screen = { ...host, track: { sid: "TR_screen", source: "screen_share" } };
    await apply(hook("track_published", room, camera));
    await apply(hook("track_published", room, screen));
    expect([(await plan())?.live, (await page()).live]).toEqual([true, true]);
    await apply(hook("track_unpublished", room, camera));
    expect((await plan())?.live).toBe(true);
    await apply(hook("track_unpublished", room, screen));
    expect((await plan())?.live).toBe(false);
    await apply(hook("track_published", room, camera));
    await apply(hook("participant_left", room, host));
    expect([(await plan())?.live, (await page()).live]).toEqual([false, false]);
  });

  run("clears everyone out when a fresh LiveKit server starts with no rooms", async () => {
    await apply(hook("participant_joined", boothRoomName(acme), person("PA_1", "staff")));
    const room = eventRoomName(webinar);
    await apply(
      hook("track_published", room, { ...person("PA_2", "staff"), track: { sid: "TR_1", source: "camera" } }),
    );
    expect([(await plan())?.staffOnline, (await plan())?.live]).toEqual([true, true]);
    await clearPresence(t.db, t.clock.now);
    expect([(await plan())?.staffOnline, (await plan())?.live]).toEqual([false, false]);
  });

  run("forgets applied webhook ids once any copy of them would be stale anyway", async () => {
    await apply(hook("room_started", boothRoomName(acme)));
    t.clock.advance(2 * 60 * 60_000);
    await apply(hook("room_started", boothRoomName(acme)));
    expect(await t.db.selectFrom("live_webhooks").select("id").execute()).toHaveLength(1);
  });
});
