import { postgresAvailableForTests, TEST_ENGINES } from "@pavilion/db/testing";
import { boothRoomName, eventRoomName, type LiveKitWebhook } from "@pavilion/livekit";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../../testing/index.ts";
import { insertExhibition, insertExhibitor, T0 } from "../floor/test-fixtures.ts";
import { minutesBetween } from "./attendance.ts";
import { applyWebhook } from "./presence.ts";

describe("minutesBetween", () => {
  it("counts the minutes of a session to a tenth, and never below zero", () => {
    expect(minutesBetween("2026-11-23T10:00:00.000Z", "2026-11-23T10:12:30.000Z")).toBe(12.5);
    expect(minutesBetween("2026-11-23T10:00:00.000Z", "2026-11-23T10:00:20.000Z")).toBe(0.3);
    expect(minutesBetween("2026-11-23T10:00:00.000Z", "2026-11-23T09:00:00.000Z")).toBe(0);
  });
});

describe.each(TEST_ENGINES)("webinar attendance from LiveKit webhooks on %s", (engine) => {
  let t: TestApi;
  let exhibitionId: string;
  let acme: string;
  let webinar: string;
  let viewer: string;
  let hooks = 0;
  const skip = engine === "postgres" && !postgresAvailableForTests();
  const run = skip ? it.skip : it;

  /** A webhook as LiveKit sends it, made now by the API's clock. */
  function hook(event: string, room: string, who: { sid: string; identity: string; role: string }) {
    hooks += 1;
    return {
      ...{ id: `EV_att_${hooks}`, event, createdAt: t.clock.now },
      room: { sid: "RM_1", name: room },
      participant: {
        sid: who.sid,
        identity: who.identity,
        name: "",
        metadata: JSON.stringify({ role: who.role }),
      },
      track: null,
    } satisfies LiveKitWebhook;
  }
  const apply = (event: LiveKitWebhook) => applyWebhook(t.db, event, t.clock.now);
  const activity = () =>
    t.db
      .selectFrom("activity")
      .select(["kind", "user_id", "exhibition_id", "exhibitor_id", "event_id", "data", "occurred_at"])
      .where("kind", "like", "webinar.%")
      .orderBy("id")
      .execute();
  const attendedAt = async () =>
    (
      await t.db
        .selectFrom("registrations")
        .select("attended_at")
        .where("event_id", "=", webinar)
        .where("user_id", "=", viewer)
        .executeTakeFirstOrThrow()
    ).attended_at;

  beforeAll(async () => {
    if (skip) return;
    t = await createTestApi(engine);
    const expo = await insertExhibition(t.db);
    exhibitionId = expo.exhibitionId;
    acme = await insertExhibitor(t.db, exhibitionId, { slug: "acme", floorId: expo.food });
    viewer = (await t.signedIn({ name: "Vera" })).userId;
  });
  afterAll(() => t?.close());
  beforeEach(async () => {
    if (skip) return;
    webinar = crypto.randomUUID();
    await t.db
      .insertInto("events")
      .values({
        ...{ id: webinar, exhibition_id: exhibitionId, exhibitor_id: acme, kind: "webinar" },
        ...{ format: "seminar", stream: null, title_ru: "В", title_en: "W", description_ru: "" },
        ...{ description_en: "", starts_at: "2026-11-23T09:00:00.000Z", ends_at: "2026-11-23T10:00:00.000Z" },
        ...{ timezone: "UTC", capacity: null, registration_mode: "open", access: "registered" },
        ...{ status: "approved", created_at: T0, updated_at: T0 },
      })
      .execute();
    await t.db
      .insertInto("registrations")
      .values({
        ...{ id: crypto.randomUUID(), event_id: webinar, user_id: viewer, last_name: "V", first_name: "V" },
        ...{ company: "", position: "", email: "vera@example.test", phone: "", heard_from: "", locale: "en" },
        ...{ status: "accepted", reason: null, created_at: T0, decided_at: null, attended_at: null },
      })
      .execute();
    await t.db.deleteFrom("activity").execute();
  });

  run(
    "records a viewer's join and leave with the minutes watched, and marks them attended once",
    async () => {
      const room = eventRoomName(webinar);
      const first = { sid: "PA_first", identity: viewer, role: "visitor" };
      expect(await apply(hook("participant_joined", room, first))).toBe("applied");
      const joinedAt = t.clock.now.toISOString();
      expect(await attendedAt()).toBe(joinedAt);
      t.clock.advance(9 * 60_000);
      await apply(hook("participant_left", room, first));
      // Back for a second session: attended stays the first time.
      const second = { sid: "PA_second", identity: viewer, role: "visitor" };
      await apply(hook("participant_joined", room, second));
      t.clock.advance(30_000);
      await apply(hook("participant_connection_aborted", room, second));
      expect(await attendedAt()).toBe(joinedAt);
      const where = { user_id: viewer, exhibition_id: exhibitionId, exhibitor_id: acme, event_id: webinar };
      expect(await activity()).toEqual([
        { ...where, kind: "webinar.joined", data: null, occurred_at: joinedAt },
        {
          ...where,
          kind: "webinar.left",
          data: JSON.stringify({ minutes: 9 }),
          occurred_at: expect.any(String),
        },
        { ...where, kind: "webinar.joined", data: null, occurred_at: expect.any(String) },
        {
          ...where,
          kind: "webinar.left",
          data: JSON.stringify({ minutes: 0.5 }),
          occurred_at: expect.any(String),
        },
      ]);
    },
  );

  run("writes each row once, however often a webhook is delivered or a leave is told twice", async () => {
    const room = eventRoomName(webinar);
    const who = { sid: "PA_once", identity: viewer, role: "visitor" };
    const joined = hook("participant_joined", room, who);
    expect(await apply(joined)).toBe("applied");
    t.clock.advance(60_000);
    expect(await apply(joined)).toBe("duplicate");
    await apply(hook("participant_left", room, who));
    // LiveKit also reports the room finished: the session is already closed.
    await apply(hook("room_finished", room, who));
    expect((await activity()).map((row) => row.kind)).toEqual(["webinar.joined", "webinar.left"]);
  });

  run("closes the open sessions with their attendance when the room finishes", async () => {
    const room = eventRoomName(webinar);
    await apply(hook("participant_joined", room, { sid: "PA_stays", identity: viewer, role: "visitor" }));
    t.clock.advance(3 * 60_000);
    await apply(hook("room_finished", room, { sid: "", identity: "", role: "" }));
    const rows = await activity();
    expect(rows.map((row) => [row.kind, row.data])).toEqual([
      ["webinar.joined", null],
      ["webinar.left", JSON.stringify({ minutes: 3 })],
    ]);
  });

  run("records nothing for guests, hosts, or people in a booth's room", async () => {
    const room = eventRoomName(webinar);
    const guest = { sid: "PA_guest", identity: `guest-${crypto.randomUUID()}`, role: "visitor" };
    const host = { sid: "PA_host", identity: (await t.signedIn()).userId, role: "staff" };
    const booth = { sid: "PA_booth", identity: viewer, role: "visitor" };
    for (const [who, where] of [
      [guest, room],
      [host, room],
      [booth, boothRoomName(acme)],
    ] as const) {
      await apply(hook("participant_joined", where, who));
      await apply(hook("participant_left", where, who));
    }
    expect(await activity()).toEqual([]);
    expect(await attendedAt()).toBeNull();
  });
});
