import { TEST_ENGINES } from "@pavilion/db/testing";
import { describe, expect } from "vitest";
import {
  appError,
  approvedCompany,
  emailOf,
  newCompany,
  useCabinetTestApi,
} from "../services/cabinet/test-fixtures.ts";
import { T0 } from "../services/floor/test-fixtures.ts";
import { failure, type TestApi, type TestBrowser } from "../testing/index.ts";

type Person = TestBrowser & { userId: string };

describe.each(TEST_ENGINES)("booth chat on %s", (engine) => {
  let t: TestApi;
  let organiser: Person;
  let owner: Person;
  let staff: Person;
  let otherOwner: Person;
  let acme: string;
  let other: string;
  let draft: string;

  const run = useCabinetTestApi(engine, async (api) => {
    t = api.t;
    organiser = api.organiser;
    owner = await t.signedIn({ name: "Olga Owner" });
    staff = await t.signedIn({ name: "Stan Staff" });
    otherOwner = await t.signedIn({ name: "Boris Other" });
    acme = await approvedCompany(owner, organiser);
    other = await approvedCompany(otherOwner, organiser);
    draft = await newCompany(owner);
    await t.db
      .insertInto("members")
      .values({ exhibitor_id: acme, user_id: staff.userId, role: "staff", created_at: T0 })
      .execute();
  });

  /** Sends as the person a moment after the last message, well inside the rate limits. */
  async function say(person: TestBrowser, body: string, exhibitorId = acme) {
    t.clock.advance(2_001);
    return person.api.chat.send({ exhibitorId, body });
  }

  async function bodies(person: TestBrowser, exhibitorId = acme) {
    return (await person.api.chat.history({ exhibitorId, limit: 100 })).messages.map((m) => m.body);
  }

  run("stores a message and shows it to everyone in the booth with its author's role", async () => {
    const vera = await t.signedIn({ name: "Vera Visitor" });
    const sent = await say(vera, "  Do you ship to Kazan?  ");
    expect(sent).toEqual({
      id: expect.any(String),
      body: "Do you ship to Kazan?",
      createdAt: t.clock.now.toISOString(),
      author: { id: vera.userId, name: "Vera Visitor", role: "visitor" },
    });
    const answer = await say(staff, "Yes, within two days.");
    const note = await say(organiser, "The hall closes at six.");
    expect(answer.author).toEqual({ id: staff.userId, name: "Stan Staff", role: "staff" });
    expect(note.author.role).toBe("organiser");

    const stranger = await t.signedIn();
    const seen = await stranger.api.chat.history({ exhibitorId: acme });
    expect(seen.messages.slice(-3)).toEqual([sent, answer, note]);
    expect(seen).toMatchObject({ canModerate: false, banned: false });
    expect((await staff.api.chat.history({ exhibitorId: acme })).canModerate).toBe(true);
    expect((await organiser.api.chat.history({ exhibitorId: acme })).canModerate).toBe(true);
    // Another company's booth has its own chat.
    expect(await bodies(stranger, other)).toEqual([]);
  });

  run("keeps markup as plain text and refuses empty or overlong messages", async () => {
    const vera = await t.signedIn();
    expect((await say(vera, "<img src=x onerror=alert(1)>")).body).toBe("<img src=x onerror=alert(1)>");
    for (const body of ["", "   ", "x".repeat(1001)]) {
      const error = await failure(vera.api.chat.send({ exhibitorId: acme, body }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(appError(error).fields?.body?.code).toBe(body.length > 1000 ? "tooLong" : "required");
    }
    expect((await say(vera, "x".repeat(1000))).body).toHaveLength(1000);
  });

  run("pages back through history, oldest first, keeping the order of messages sent at once", async () => {
    const room = await approvedCompany(await t.signedIn(), organiser);
    const people = [await t.signedIn(), await t.signedIn(), await t.signedIn()];
    t.clock.advance(10_000);
    // Seven messages in the same millisecond, from three people.
    const sent: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const person = people[i % 3] as Person;
      sent.push((await person.api.chat.send({ exhibitorId: room, body: `m${i}` })).id);
    }
    const reader = people[0] as Person;
    const latest = await reader.api.chat.history({ exhibitorId: room, limit: 3 });
    expect(latest.messages.map((m) => m.body)).toEqual(["m4", "m5", "m6"]);
    const earlier = await reader.api.chat.history({ exhibitorId: room, limit: 3, before: sent[4] });
    expect(earlier.messages.map((m) => m.body)).toEqual(["m1", "m2", "m3"]);
    const first = await reader.api.chat.history({ exhibitorId: room, limit: 3, before: sent[1] });
    expect(first.messages.map((m) => m.body)).toEqual(["m0"]);
    expect(await bodies(reader, room)).toEqual(["m0", "m1", "m2", "m3", "m4", "m5", "m6"]);
    // A cursor from another booth's chat is not one of this booth's messages.
    const elsewhere = await say(reader, "elsewhere", other);
    const error = await failure(reader.api.chat.history({ exhibitorId: room, before: elsewhere.id }));
    expect(error.code).toBe("NOT_FOUND");
  });

  run("hides a booth that is not approved from visitors, not from its team or organisers", async () => {
    const vera = await t.signedIn();
    for (const exhibitorId of [draft, crypto.randomUUID()]) {
      expect((await failure(vera.api.chat.history({ exhibitorId }))).code).toBe("NOT_FOUND");
      expect((await failure(vera.api.chat.send({ exhibitorId, body: "hi" }))).code).toBe("NOT_FOUND");
    }
    expect((await say(owner, "Testing our booth", draft)).author.role).toBe("staff");
    expect(await bodies(organiser, draft)).toEqual(["Testing our booth"]);
    expect((await failure(t.browser().api.chat.history({ exhibitorId: acme }))).code).toBe("UNAUTHORIZED");
  });

  run("lets staff of the booth and organisers delete a message for everyone, nobody else", async () => {
    const vera = await t.signedIn();
    const rude = await say(vera, "rude words");
    const kept = await say(vera, "sorry");
    for (const person of [vera, otherOwner]) {
      const error = await failure(person.api.chat.delete({ exhibitorId: acme, messageId: rude.id }));
      expect(appError(error).code).toBe("auth.forbidden");
    }
    // Staff of another booth cannot reach this message through their own booth either.
    const through = await failure(otherOwner.api.chat.delete({ exhibitorId: other, messageId: rude.id }));
    expect(through.code).toBe("NOT_FOUND");
    expect(await bodies(vera)).toContain("rude words");

    expect(await staff.api.chat.delete({ exhibitorId: acme, messageId: rude.id })).toEqual({ ok: true });
    expect(await bodies(vera)).not.toContain("rude words");
    expect(await bodies(vera)).toContain("sorry");
    // Not even a page that starts right after it brings it back.
    const before = await vera.api.chat.history({ exhibitorId: acme, before: kept.id, limit: 100 });
    expect(before.messages.map((m) => m.id)).not.toContain(rude.id);
    const row = await t.db
      .selectFrom("messages")
      .select(["deleted_by"])
      .where("id", "=", rude.id)
      .executeTakeFirstOrThrow();
    expect(row.deleted_by).toBe(staff.userId);
    expect(await organiser.api.chat.delete({ exhibitorId: acme, messageId: kept.id })).toEqual({ ok: true });
    expect(await bodies(vera)).not.toContain("sorry");
  });

  run("bans a visitor from one booth's chat until unbanned, across new sessions", async () => {
    const email = `banned-${crypto.randomUUID().slice(0, 8)}@example.test`;
    const first = t.browser();
    const { id: userId } = await first.api.auth.signUp({
      ...{ name: "Bob Banned", email, password: "correct horse battery", locale: "en" },
    });
    await say(first, "before the ban");
    for (const person of [first, otherOwner]) {
      const refused = await failure(person.api.chat.ban({ exhibitorId: acme, userId }));
      expect(appError(refused).code).toBe("auth.forbidden");
    }
    expect(await staff.api.chat.ban({ exhibitorId: acme, userId })).toEqual({ ok: true });
    expect(await staff.api.chat.ban({ exhibitorId: acme, userId })).toEqual({ ok: true });

    const error = await failure(say(first, "let me speak"));
    expect(error.code).toBe("FORBIDDEN");
    expect(appError(error).code).toBe("chat.banned");
    expect(error.message).toBe("A moderator has blocked you from writing in this chat.");
    // A new session of the same person is still banned; the history stays readable.
    const again = t.browser("ru");
    await again.api.auth.signIn({ email: await emailOf(t, userId), password: "correct horse battery" });
    expect(appError(await failure(say(again, "it's me again"))).code).toBe("chat.banned");
    expect(await again.api.chat.history({ exhibitorId: acme, limit: 100 })).toMatchObject({ banned: true });
    expect(await bodies(again)).not.toContain("let me speak");
    // Other booths are not affected.
    expect((await say(again, "hello other booth", other)).body).toBe("hello other booth");

    expect(await organiser.api.chat.unban({ exhibitorId: acme, userId })).toEqual({ ok: true });
    expect((await say(again, "thank you")).body).toBe("thank you");
    expect((await again.api.chat.history({ exhibitorId: acme })).banned).toBe(false);
  });

  run("keeps staff from banning their own colleagues or organisers", async () => {
    for (const target of [owner, organiser]) {
      const error = await failure(staff.api.chat.ban({ exhibitorId: acme, userId: target.userId }));
      expect(appError(error).code).toBe("auth.forbidden");
    }
    const error = await failure(otherOwner.api.chat.ban({ exhibitorId: acme, userId: staff.userId }));
    expect(appError(error).code).toBe("auth.forbidden");
    expect((await failure(staff.api.chat.ban({ exhibitorId: acme, userId: crypto.randomUUID() }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await say(owner, "still here")).author.role).toBe("staff");
  });

  run("limits how fast one person writes in one booth, and lets them go on later", async () => {
    const quick = await t.signedIn();
    t.clock.advance(10_000 - (t.clock.now.getTime() % 10_000));
    for (let i = 1; i <= 5; i += 1) await quick.api.chat.send({ exhibitorId: acme, body: `quick ${i}` });
    const error = await failure(quick.api.chat.send({ exhibitorId: acme, body: "quick 6" }));
    expect(error.code).toBe("TOO_MANY_REQUESTS");
    expect(appError(error).code).toBe("rateLimited");
    expect(await bodies(quick)).not.toContain("quick 6");
    // Another booth counts on its own.
    expect((await quick.api.chat.send({ exhibitorId: other, body: "elsewhere" })).body).toBe("elsewhere");
    t.clock.advance(10_000);
    expect((await quick.api.chat.send({ exhibitorId: acme, body: "quick 7" })).body).toBe("quick 7");
  });

  run("records a visitor's message as activity at the booth, not the team's own", async () => {
    const vera = await t.signedIn();
    const sent = await say(vera, "Can I get a sample?");
    await say(staff, "Of course");
    const rows = await t.db
      .selectFrom("activity")
      .select(["user_id", "exhibitor_id", "kind", "data", "occurred_at"])
      .where("kind", "=", "chat.message")
      .where("user_id", "in", [vera.userId, staff.userId])
      .execute();
    expect(rows).toEqual([
      {
        ...{ user_id: vera.userId, exhibitor_id: acme, kind: "chat.message" },
        ...{ data: JSON.stringify({ messageId: sent.id }), occurred_at: sent.createdAt },
      },
    ]);
  });
});
