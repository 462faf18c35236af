import type { EventAccess } from "@pavilion/db";
import { TEST_ENGINES } from "@pavilion/db/testing";
import type { ChatPlace } from "@pavilion/schema";
import { describe, expect } from "vitest";
import { appError, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import { addStaff, insertEvent, register } from "../services/events/test-fixtures.ts";
import { insertExhibitor } from "../services/floor/test-fixtures.ts";
import { failure, type TestApi, type TestBrowser } from "../testing/index.ts";

type Person = TestBrowser & { userId: string };

describe.each(TEST_ENGINES)("an event's chat on %s", (engine) => {
  let t: TestApi;
  let exhibitionId: string;
  let organiser: Person;
  let host: Person;
  let colleague: Person;
  let otherStaff: Person;
  let acme: string;
  let webinar: string;

  const run = useCabinetTestApi(engine, async (api) => {
    t = api.t;
    organiser = api.organiser;
    exhibitionId = api.expo.exhibitionId;
    acme = await insertExhibitor(t.db, exhibitionId, { slug: "acme", floorId: api.expo.food });
    const other = await insertExhibitor(t.db, exhibitionId, { slug: "other", floorId: api.expo.food });
    host = await t.signedIn({ name: "Hanna Host" });
    colleague = await t.signedIn({ name: "Colin Colleague" });
    otherStaff = await t.signedIn({ name: "Otto Other" });
    await addStaff(t.db, acme, host.userId);
    await addStaff(t.db, acme, colleague.userId);
    await addStaff(t.db, other, otherStaff.userId);
    webinar = await insertEvent(t.db, exhibitionId, { exhibitorId: acme });
  });

  /** Sends as the person a moment after the last message, well inside the rate limits. */
  async function say(person: TestBrowser, body: string, place: ChatPlace = { eventId: webinar }) {
    t.clock.advance(2_001);
    return person.api.chat.send({ ...place, body });
  }

  async function bodies(person: TestBrowser, place: ChatPlace = { eventId: webinar }) {
    return (await person.api.chat.history({ ...place, limit: 100 })).messages.map((m) => m.body);
  }

  /** What the person gets from reading and from writing: "ok" or the error code. */
  async function access(person: TestBrowser, eventId: string) {
    const outcome = (call: Promise<unknown>) =>
      call.then(
        () => "ok",
        (error: unknown) => appError(error as Parameters<typeof appError>[0]).code,
      );
    return {
      read: await outcome(bodies(person, { eventId })),
      write: await outcome(say(person, "hi", { eventId })),
    };
  }

  run("lets into the chat whoever may watch the event, under each access rule", async () => {
    const expected: Record<EventAccess, Record<"stranger" | "pending" | "accepted", string>> = {
      everyone: { stranger: "ok", pending: "ok", accepted: "ok" },
      signed_in: { stranger: "ok", pending: "ok", accepted: "ok" },
      registered: { stranger: "live.registrationRequired", pending: "ok", accepted: "ok" },
      approved: {
        ...{ stranger: "live.registrationRequired", pending: "live.approvalRequired" },
        accepted: "ok",
      },
    };
    for (const [rule, outcomes] of Object.entries(expected) as [EventAccess, Record<string, string>][]) {
      const eventId = await insertEvent(t.db, exhibitionId, { exhibitorId: acme, access: rule });
      const stranger = await t.signedIn();
      const pending = await t.signedIn();
      const accepted = await t.signedIn();
      await register(t.db, eventId, pending.userId, "pending");
      await register(t.db, eventId, accepted.userId, "accepted");
      const seen = { stranger: await access(stranger, eventId), pending: await access(pending, eventId) };
      const all = { ...seen, accepted: await access(accepted, eventId) };
      for (const [who, code] of Object.entries(outcomes)) {
        expect(all[who as keyof typeof all], `${rule}: ${who}`).toEqual({ read: code, write: code });
      }
      // The hosts and organisers always get in; staff of another exhibitor are held to the rule.
      expect(await access(host, eventId)).toEqual({ read: "ok", write: "ok" });
      expect(await access(organiser, eventId)).toEqual({ read: "ok", write: "ok" });
      expect((await access(otherStaff, eventId)).read).toBe(outcomes.stranger);
    }
    const signedOut = await failure(t.browser().api.chat.history({ eventId: webinar }));
    expect(signedOut.code).toBe("UNAUTHORIZED");
  });

  run(
    "hides an event that is not approved, or unknown, from everyone but its hosts and organisers",
    async () => {
      const draft = await insertEvent(t.db, exhibitionId, { exhibitorId: acme, status: "draft" });
      const vera = await t.signedIn();
      for (const eventId of [draft, crypto.randomUUID()]) {
        expect((await failure(vera.api.chat.history({ eventId }))).code).toBe("NOT_FOUND");
        expect((await failure(vera.api.chat.send({ eventId, body: "hi" }))).code).toBe("NOT_FOUND");
      }
      expect((await failure(otherStaff.api.chat.history({ eventId: draft }))).code).toBe("NOT_FOUND");
      expect((await say(host, "Rehearsal", { eventId: draft })).body).toBe("Rehearsal");
      expect(await bodies(organiser, { eventId: draft })).toEqual(["Rehearsal"]);
    },
  );

  run("keeps the event's chat apart from its exhibitor's booth chat", async () => {
    const vera = await t.signedIn();
    const sent = await say(vera, "Will the slides be shared?");
    await say(vera, "Hello booth", { exhibitorId: acme });
    expect(await bodies(vera)).toContain("Will the slides be shared?");
    expect(await bodies(vera)).not.toContain("Hello booth");
    expect(await bodies(vera, { exhibitorId: acme })).not.toContain("Will the slides be shared?");
    const row = await t.db
      .selectFrom("messages")
      .select("room")
      .where("id", "=", sent.id)
      .executeTakeFirstOrThrow();
    expect(row.room).toBe(`event:${webinar}`);
    // A cursor from the booth's chat is not one of the event's messages.
    const boothMessage = await say(vera, "Another", { exhibitorId: acme });
    const error = await failure(vera.api.chat.history({ eventId: webinar, before: boothMessage.id }));
    expect(error.code).toBe("NOT_FOUND");
  });

  run(
    "names each author's role, and lets the webinar's hosts and organisers moderate, nobody else",
    async () => {
      const vera = await t.signedIn({ name: "Vera Visitor" });
      const question = await say(vera, "Is it recorded?");
      expect(question.author).toEqual({ id: vera.userId, name: "Vera Visitor", role: "visitor" });
      expect((await say(host, "Yes")).author.role).toBe("staff");
      expect((await say(organiser, "Welcome all")).author.role).toBe("organiser");
      expect((await say(otherStaff, "Hi from next door")).author.role).toBe("visitor");

      const canModerate = async (person: TestBrowser) =>
        (await person.api.chat.history({ eventId: webinar })).canModerate;
      expect(await canModerate(host)).toBe(true);
      expect(await canModerate(organiser)).toBe(true);
      expect(await canModerate(vera)).toBe(false);
      expect(await canModerate(otherStaff)).toBe(false);

      for (const person of [vera, otherStaff]) {
        const place = { eventId: webinar };
        const refusals = [
          () => person.api.chat.delete({ ...place, messageId: question.id }),
          () => person.api.chat.ban({ ...place, userId: vera.userId }),
          () => person.api.chat.mute({ ...place, userId: vera.userId, minutes: 5 }),
          () => person.api.chat.unban({ ...place, userId: vera.userId }),
        ];
        for (const refusal of refusals)
          expect(appError(await failure(refusal())).code).toBe("auth.forbidden");
      }
      expect(await host.api.chat.delete({ eventId: webinar, messageId: question.id })).toEqual({ ok: true });
      expect(await bodies(vera)).not.toContain("Is it recorded?");
    },
  );

  run("makes organisers the hosts of the programme, where exhibitors' staff are visitors", async () => {
    const session = await insertEvent(t.db, exhibitionId, { exhibitorId: null, access: "everyone" });
    const place = { eventId: session };
    expect((await say(organiser, "Opening in five minutes", place)).author.role).toBe("organiser");
    const fromStaff = await say(host, "Looking forward", place);
    expect(fromStaff.author.role).toBe("visitor");
    expect((await host.api.chat.history(place)).canModerate).toBe(false);
    expect((await organiser.api.chat.history(place)).canModerate).toBe(true);
    // Nobody there is on a team, so an organiser may silence anyone but an organiser.
    expect(await organiser.api.chat.mute({ ...place, userId: host.userId, minutes: 1 })).toEqual({
      ok: true,
    });
    expect(appError(await failure(say(host, "Again", place))).code).toBe("chat.muted");
  });

  run(
    "mutes a visitor for some minutes: they read, cannot write until it ends, and see for how long",
    async () => {
      const vera = await t.signedIn();
      await say(vera, "first");
      expect(await host.api.chat.mute({ eventId: webinar, userId: vera.userId, minutes: 10 })).toEqual({
        ok: true,
      });
      const until = new Date(t.clock.now.getTime() + 10 * 60_000).toISOString();
      expect(await vera.api.chat.history({ eventId: webinar })).toMatchObject({
        banned: false,
        mutedUntil: until,
      });

      const error = await failure(say(vera, "let me speak"));
      expect(error.code).toBe("FORBIDDEN");
      expect(appError(error)).toEqual({ code: "chat.muted", params: { minutes: 10 } });
      expect(error.message).toBe("A moderator has muted you in this chat for 10 min.");
      t.clock.advance(4 * 60_000 + 30_000);
      expect(appError(await failure(say(vera, "now?"))).params).toEqual({ minutes: 6 });
      expect(await bodies(vera)).toContain("first");
      expect(await bodies(vera)).not.toContain("let me speak");
      // Only this event's chat: the booth's chat is not affected.
      expect((await say(vera, "at the booth", { exhibitorId: acme })).body).toBe("at the booth");

      t.clock.advance(6 * 60_000);
      expect((await vera.api.chat.history({ eventId: webinar })).mutedUntil).toBeNull();
      expect((await say(vera, "thanks for waiting")).body).toBe("thanks for waiting");
    },
  );

  run("tells a ban (no end) from a mute, and lets each replace the other or be lifted", async () => {
    const vera = await t.signedIn();
    const place = { eventId: webinar, userId: vera.userId };
    const restriction = async () => {
      const { banned, mutedUntil } = await vera.api.chat.history({ eventId: webinar });
      return { banned, mutedUntil };
    };
    expect(await restriction()).toEqual({ banned: false, mutedUntil: null });

    await host.api.chat.ban(place);
    expect(await restriction()).toEqual({ banned: true, mutedUntil: null });
    expect(appError(await failure(say(vera, "hello?"))).code).toBe("chat.banned");
    // A ban has no end: much later it still holds.
    t.clock.advance(3 * 24 * 60 * 60_000);
    expect(appError(await failure(say(vera, "hello?"))).code).toBe("chat.banned");

    await host.api.chat.mute({ ...place, minutes: 5 });
    const until = new Date(t.clock.now.getTime() + 5 * 60_000).toISOString();
    expect(await restriction()).toEqual({ banned: false, mutedUntil: until });
    await organiser.api.chat.ban(place);
    await organiser.api.chat.ban(place);
    expect(await restriction()).toEqual({ banned: true, mutedUntil: null });

    await organiser.api.chat.unban(place);
    expect(await restriction()).toEqual({ banned: false, mutedUntil: null });
    await host.api.chat.mute({ ...place, minutes: 30 });
    await host.api.chat.unban(place);
    expect(await restriction()).toEqual({ banned: false, mutedUntil: null });
    expect((await say(vera, "free again")).body).toBe("free again");
  });

  run("keeps hosts from silencing their colleagues or organisers, and checks the minutes", async () => {
    for (const target of [colleague, organiser]) {
      const place = { eventId: webinar, userId: target.userId };
      expect(appError(await failure(host.api.chat.mute({ ...place, minutes: 5 }))).code).toBe(
        "auth.forbidden",
      );
      expect(appError(await failure(host.api.chat.ban(place))).code).toBe("auth.forbidden");
    }
    expect(await organiser.api.chat.mute({ eventId: webinar, userId: colleague.userId, minutes: 1 })).toEqual(
      {
        ok: true,
      },
    );
    await organiser.api.chat.unban({ eventId: webinar, userId: colleague.userId });
    const unknown = { eventId: webinar, userId: crypto.randomUUID(), minutes: 5 };
    expect((await failure(host.api.chat.mute(unknown))).code).toBe("NOT_FOUND");
    const vera = await t.signedIn();
    for (const minutes of [0, 24 * 60 + 1, 1.5]) {
      const error = await failure(host.api.chat.mute({ eventId: webinar, userId: vera.userId, minutes }));
      expect(error.code).toBe("BAD_REQUEST");
    }
  });

  run(
    "keeps markup as plain text, refuses empty or overlong messages and a place that is not one",
    async () => {
      const vera = await t.signedIn();
      expect((await say(vera, "<b>bold</b> & <script>x</script>")).body).toBe(
        "<b>bold</b> & <script>x</script>",
      );
      for (const body of ["", "  ", "x".repeat(1001)]) {
        const error = await failure(vera.api.chat.send({ eventId: webinar, body }));
        expect(appError(error).fields?.body?.code).toBe(body.length > 1000 ? "tooLong" : "required");
      }
      for (const place of [{}, { eventId: webinar, exhibitorId: acme }]) {
        expect((await failure(vera.api.chat.send({ ...place, body: "hi" }))).code).toBe("BAD_REQUEST");
        expect((await failure(vera.api.chat.history({ ...place }))).code).toBe("BAD_REQUEST");
      }
    },
  );

  run("limits how fast one person writes in one event's chat, apart from other places", async () => {
    const quick = await t.signedIn();
    t.clock.advance(10_000 - (t.clock.now.getTime() % 10_000));
    for (let i = 1; i <= 5; i += 1) await quick.api.chat.send({ eventId: webinar, body: `quick ${i}` });
    const error = await failure(quick.api.chat.send({ eventId: webinar, body: "quick 6" }));
    expect(appError(error).code).toBe("rateLimited");
    expect((await quick.api.chat.send({ exhibitorId: acme, body: "booth" })).body).toBe("booth");
    t.clock.advance(10_000);
    expect((await quick.api.chat.send({ eventId: webinar, body: "quick 7" })).body).toBe("quick 7");
  });

  run("records a visitor's message as webinar activity, with the webinar's exhibitor or none", async () => {
    const session = await insertEvent(t.db, exhibitionId, { exhibitorId: null });
    const vera = await t.signedIn();
    const atWebinar = await say(vera, "Great talk");
    const atSession = await say(vera, "Great session", { eventId: session });
    await say(host, "Thank you");
    await say(organiser, "Thanks all", { eventId: session });
    const rows = await t.db
      .selectFrom("activity")
      .select(["user_id", "exhibitor_id", "event_id", "kind", "data"])
      .where("kind", "=", "webinar.chat")
      .where("event_id", "in", [webinar, session])
      .where("user_id", "in", [vera.userId, host.userId, organiser.userId])
      .orderBy("id")
      .execute();
    expect(rows).toEqual([
      {
        ...{ user_id: vera.userId, exhibitor_id: acme, event_id: webinar, kind: "webinar.chat" },
        data: JSON.stringify({ messageId: atWebinar.id }),
      },
      {
        ...{ user_id: vera.userId, exhibitor_id: null, event_id: session, kind: "webinar.chat" },
        data: JSON.stringify({ messageId: atSession.id }),
      },
    ]);
  });
});
