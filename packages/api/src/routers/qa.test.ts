import type { QuestionAccess } from "@pavilion/db";
import { TEST_ENGINES } from "@pavilion/db/testing";
import type { Question } from "@pavilion/schema";
import { describe, expect } from "vitest";
import { appError, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import { addStaff, type EventFixture, insertEvent, register } from "../services/events/test-fixtures.ts";
import { insertExhibitor } from "../services/floor/test-fixtures.ts";
import { failure, type TestApi, type TestBrowser } from "../testing/index.ts";

type Person = TestBrowser & { userId: string };

describe.each(TEST_ENGINES)("an event's Q&A on %s", (engine) => {
  let t: TestApi;
  let exhibitionId: string;
  let organiser: Person;
  let host: Person;
  let otherStaff: Person;
  let acme: string;
  let other: string;

  const run = useCabinetTestApi(engine, async (api) => {
    t = api.t;
    organiser = api.organiser;
    exhibitionId = api.expo.exhibitionId;
    acme = await insertExhibitor(t.db, exhibitionId, { slug: "acme", floorId: api.expo.food });
    other = await insertExhibitor(t.db, exhibitionId, { slug: "other", floorId: api.expo.food });
    host = await t.signedIn({ name: "Hanna Host" });
    otherStaff = await t.signedIn({ name: "Otto Other" });
    await addStaff(t.db, acme, host.userId);
    await addStaff(t.db, other, otherStaff.userId);
  });

  /** A new webinar of acme's (approved, for signed-in people, questions from viewers unless told). */
  function newWebinar(options: Partial<EventFixture> = {}) {
    return insertEvent(t.db, exhibitionId, { exhibitorId: acme, ...options });
  }

  /** Asks as the person a while after their last question, inside the rate limit. */
  async function ask(person: TestBrowser, eventId: string, body: string) {
    t.clock.advance(20_001);
    return person.api.qa.ask({ eventId, body });
  }

  async function queue(person: TestBrowser, eventId: string) {
    return (await person.api.qa.list({ eventId })).questions;
  }

  async function bodies(person: TestBrowser, eventId: string) {
    return (await queue(person, eventId)).map((q) => q.body);
  }

  function decide(
    eventId: string,
    question: Question,
    status: "approved" | "answered" | "done" | "rejected",
  ) {
    return host.api.qa.moderate({ eventId, questionId: question.id, status });
  }

  run(
    "keeps a new question waiting: its asker and the hosts see it, others once it is approved",
    async () => {
      const eventId = await newWebinar();
      const vera = await t.signedIn({ name: "Vera Visitor" });
      const bob = await t.signedIn();
      const asked = await ask(vera, eventId, "  Will there be a recording?  ");
      expect(asked).toEqual({
        ...{
          id: expect.any(String),
          body: "Will there be a recording?",
          createdAt: t.clock.now.toISOString(),
        },
        ...{ author: { id: vera.userId, name: "Vera Visitor" }, status: "pending", answer: null },
        ...{ votes: 0, votedByMe: false, mine: true },
      });
      expect(await queue(vera, eventId)).toEqual([asked]);
      for (const person of [bob, otherStaff]) expect(await queue(person, eventId)).toEqual([]);
      for (const person of [host, organiser]) {
        expect(await queue(person, eventId)).toEqual([{ ...asked, mine: false }]);
        expect((await person.api.qa.list({ eventId })).canModerate).toBe(true);
      }
      expect((await bob.api.qa.list({ eventId })).canModerate).toBe(false);
      expect((await otherStaff.api.qa.list({ eventId })).canModerate).toBe(false);

      expect(await decide(eventId, asked, "approved")).toMatchObject({ id: asked.id, status: "approved" });
      expect(await queue(bob, eventId)).toEqual([{ ...asked, status: "approved", mine: false }]);
      const row = await t.db
        .selectFrom("messages")
        .select(["room", "kind", "question_status"])
        .where("id", "=", asked.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ room: `event:${eventId}`, kind: "question", question_status: "approved" });
      // Questions are not chat messages.
      expect((await vera.api.chat.history({ eventId })).messages).toEqual([]);
    },
  );

  run(
    "hides rejected questions from all but their asker and the hosts, and deleted ones from everyone",
    async () => {
      const eventId = await newWebinar();
      const vera = await t.signedIn();
      const bob = await t.signedIn();
      const rude = await ask(vera, eventId, "Rude question");
      const removed = await ask(vera, eventId, "Removed question");
      await decide(eventId, removed, "approved");
      expect(await decide(eventId, rude, "rejected")).toMatchObject({ status: "rejected" });
      expect(await bodies(bob, eventId)).toEqual(["Removed question"]);
      expect((await queue(vera, eventId)).map((q) => [q.body, q.status])).toEqual([
        ["Removed question", "approved"],
        ["Rude question", "rejected"],
      ]);
      await t.db
        .updateTable("messages")
        .set({ deleted_at: t.clock.now.toISOString(), deleted_by: host.userId })
        .where("id", "=", removed.id)
        .execute();
      for (const person of [vera, bob, host, organiser])
        expect(await bodies(person, eventId)).not.toContain("Removed question");
      const gone = await failure(host.api.qa.moderate({ eventId, questionId: removed.id, status: "done" }));
      expect(gone.code).toBe("NOT_FOUND");
    },
  );

  run(
    "orders the queue: answered, approved by votes then age, done; pending oldest first for hosts",
    async () => {
      const eventId = await newWebinar();
      const askers = [await t.signedIn(), await t.signedIn(), await t.signedIn()];
      const voters = [await t.signedIn(), await t.signedIn(), await t.signedIn()];
      const asked: Record<string, Question> = {};
      for (const [i, name] of [
        "old",
        "popular",
        "answered",
        "done",
        "pending-1",
        "pending-2",
        "new",
      ].entries()) {
        asked[name] = await ask(askers[i % 3] as Person, eventId, name);
      }
      const q = (name: string) => asked[name] as Question;
      for (const name of ["old", "popular", "answered", "done", "new"])
        await decide(eventId, q(name), "approved");
      for (const voter of voters)
        await voter.api.qa.vote({ eventId, questionId: q("popular").id, vote: true });
      await voters[0]?.api.qa.vote({ eventId, questionId: q("new").id, vote: true });
      await voters[1]?.api.qa.vote({ eventId, questionId: q("old").id, vote: true });
      await voters[2]?.api.qa.vote({ eventId, questionId: q("done").id, vote: true });
      await decide(eventId, q("answered"), "answered");
      await decide(eventId, q("done"), "done");

      const visible = ["answered", "popular", "old", "new", "done"];
      expect(await bodies(voters[0] as Person, eventId)).toEqual(visible);
      expect(await bodies(host, eventId)).toEqual([...visible, "pending-1", "pending-2"]);
      const votes = (await queue(voters[0] as Person, eventId)).map((question) => [
        question.body,
        question.votes,
      ]);
      expect(votes).toEqual([
        ["answered", 0],
        ["popular", 3],
        ["old", 1],
        ["new", 1],
        ["done", 1],
      ]);
    },
  );

  run("counts one upvote per person, lets it be taken back, and tells each voter what they did", async () => {
    const eventId = await newWebinar();
    const vera = await t.signedIn();
    const bob = await t.signedIn();
    const question = await ask(vera, eventId, "Pricing for schools?");
    await decide(eventId, question, "approved");
    const vote = (person: TestBrowser, up: boolean) =>
      person.api.qa.vote({ eventId, questionId: question.id, vote: up });

    expect(await vote(bob, true)).toMatchObject({ votes: 1, votedByMe: true, mine: false });
    expect(await vote(bob, true)).toMatchObject({ votes: 1, votedByMe: true });
    expect(await vote(vera, true)).toMatchObject({ votes: 2, votedByMe: true, mine: true });
    expect((await queue(organiser, eventId))[0]).toMatchObject({ votes: 2, votedByMe: false });
    expect(await vote(bob, false)).toMatchObject({ votes: 1, votedByMe: false });
    expect(await vote(bob, false)).toMatchObject({ votes: 1, votedByMe: false });
    await decide(eventId, question, "answered");
    expect(await vote(bob, true)).toMatchObject({ votes: 2, status: "answered" });
  });

  run("takes votes only on approved and answered questions the voter may see", async () => {
    const eventId = await newWebinar();
    const vera = await t.signedIn();
    const bob = await t.signedIn();
    const waiting = await ask(vera, eventId, "Waiting");
    const finished = await ask(vera, eventId, "Finished");
    await decide(eventId, finished, "done");
    const vote = (person: TestBrowser, questionId: string) =>
      person.api.qa.vote({ eventId, questionId, vote: true });
    expect((await failure(vote(bob, waiting.id))).code).toBe("NOT_FOUND");
    expect((await failure(vote(vera, waiting.id))).code).toBe("FORBIDDEN");
    expect((await failure(vote(bob, finished.id))).code).toBe("FORBIDDEN");
    expect((await failure(vote(bob, crypto.randomUUID()))).code).toBe("NOT_FOUND");
    // A question of another event is not found through this one.
    const elsewhere = await newWebinar();
    const there = await ask(vera, elsewhere, "There");
    await decide(elsewhere, there, "approved");
    expect((await failure(vote(bob, there.id))).code).toBe("NOT_FOUND");
    // Voters must be allowed to watch.
    const closed = await newWebinar({ access: "registered" });
    const inside = await ask(host, closed, "Inside");
    await decide(closed, inside, "approved");
    const refused = await failure(bob.api.qa.vote({ eventId: closed, questionId: inside.id, vote: true }));
    expect(appError(refused).code).toBe("live.registrationRequired");
  });

  run("lets only the webinar's hosts and organisers decide on questions", async () => {
    const eventId = await newWebinar();
    const vera = await t.signedIn();
    const question = await ask(vera, eventId, "Can you show the demo again?");
    for (const person of [vera, otherStaff]) {
      for (const status of ["approved", "answered", "done", "rejected"] as const) {
        const error = await failure(person.api.qa.moderate({ eventId, questionId: question.id, status }));
        expect(appError(error).code).toBe("auth.forbidden");
      }
    }
    expect((await queue(vera, eventId))[0]?.status).toBe("pending");
    const answered = await organiser.api.qa.moderate({
      ...{ eventId, questionId: question.id, status: "answered" },
      answer: "  Yes, at 3 pm.  ",
    });
    expect(answered).toMatchObject({ status: "answered", answer: "Yes, at 3 pm." });
    // Staff of another exhibitor moderate their own webinar, not this one through theirs.
    const theirs = await insertEvent(t.db, exhibitionId, { exhibitorId: other });
    const through = await failure(
      otherStaff.api.qa.moderate({ eventId: theirs, questionId: question.id, status: "done" }),
    );
    expect(through.code).toBe("NOT_FOUND");
    // The organiser's programme is moderated by organisers only.
    const session = await insertEvent(t.db, exhibitionId, { exhibitorId: null });
    const there = await ask(vera, session, "Where is hall B?");
    expect(appError(await failure(decide(session, there, "approved"))).code).toBe("auth.forbidden");
    expect(
      await organiser.api.qa.moderate({ eventId: session, questionId: there.id, status: "approved" }),
    ).toMatchObject({
      status: "approved",
    });
    expect(
      (await failure(t.browser().api.qa.moderate({ eventId, questionId: question.id, status: "done" }))).code,
    ).toBe("UNAUTHORIZED");
  });

  run(
    "keeps a written answer through done, replaces or clears it, and takes it only with answered",
    async () => {
      const eventId = await newWebinar();
      const vera = await t.signedIn();
      const question = await ask(vera, eventId, "Delivery to Kazan?");
      const moderate = (status: "approved" | "answered" | "done", answer?: string) =>
        host.api.qa.moderate({
          eventId,
          questionId: question.id,
          status,
          ...(answer === undefined ? {} : { answer }),
        });
      expect(await moderate("answered", "Two days.")).toMatchObject({ answer: "Two days." });
      expect(await moderate("done")).toMatchObject({ status: "done", answer: "Two days." });
      expect((await queue(vera, eventId))[0]).toMatchObject({ status: "done", answer: "Two days." });
      expect(await moderate("answered")).toMatchObject({ status: "answered", answer: "Two days." });
      expect(await moderate("answered", "<b>Three</b> days.")).toMatchObject({
        answer: "<b>Three</b> days.",
      });
      expect(await moderate("answered", "")).toMatchObject({ answer: null });
      expect((await failure(moderate("approved", "An answer"))).code).toBe("BAD_REQUEST");
      const tooLong = await failure(moderate("answered", "x".repeat(1001)));
      expect(appError(tooLong).fields?.answer?.code).toBe("tooLong");
    },
  );

  run("takes questions under the event's question rule and says why not", async () => {
    const rules: Record<QuestionAccess, Record<"stranger" | "pending" | "accepted", string | null>> = {
      viewers: { stranger: null, pending: null, accepted: null },
      registered: { stranger: "qa.registrationRequired", pending: null, accepted: null },
      approved: { stranger: "qa.registrationRequired", pending: "qa.approvalRequired", accepted: null },
      nobody: { stranger: "qa.closed", pending: "qa.closed", accepted: "qa.closed" },
    };
    for (const [rule, expected] of Object.entries(rules) as [
      QuestionAccess,
      Record<string, string | null>,
    ][]) {
      const eventId = await newWebinar({ questionAccess: rule });
      const people: Record<string, Person> = {
        stranger: await t.signedIn(),
        pending: await t.signedIn(),
        accepted: await t.signedIn(),
      };
      await register(t.db, eventId, (people.pending as Person).userId, "pending");
      await register(t.db, eventId, (people.accepted as Person).userId, "accepted");
      for (const [who, refusal] of Object.entries(expected)) {
        const person = people[who] as Person;
        const list = await person.api.qa.list({ eventId });
        expect({ canAsk: list.canAsk, askRefusal: list.askRefusal }, `${rule}: ${who}`).toEqual({
          canAsk: refusal === null,
          askRefusal: refusal,
        });
        const asking = ask(person, eventId, `from ${who}`);
        if (refusal === null) expect((await asking).status).toBe("pending");
        else expect(appError(await failure(asking)).code, `${rule}: ${who}`).toBe(refusal);
      }
      // Hosts and organisers may always ask.
      expect((await host.api.qa.list({ eventId })).canAsk).toBe(true);
      expect((await ask(organiser, eventId, "From the organisers")).mine).toBe(true);
    }
  });

  run("applies the event's watch rule to reading the queue, signed out too", async () => {
    const open = await newWebinar({ access: "everyone" });
    const vera = await t.signedIn();
    const question = await ask(vera, open, "Open question");
    await decide(open, question, "approved");
    const signedOut = await t.browser().api.qa.list({ eventId: open });
    expect(signedOut).toEqual({
      questions: [{ ...question, status: "approved", mine: false }],
      ...{ canModerate: false, canAsk: false, askRefusal: "auth.signInRequired" },
    });
    expect((await failure(t.browser().api.qa.ask({ eventId: open, body: "Me?" }))).code).toBe("UNAUTHORIZED");

    const forSignedIn = await newWebinar({ access: "signed_in" });
    expect(appError(await failure(t.browser().api.qa.list({ eventId: forSignedIn }))).code).toBe(
      "auth.signInRequired",
    );
    const forRegistered = await newWebinar({ access: "approved" });
    const pending = await t.signedIn();
    await register(t.db, forRegistered, pending.userId, "pending");
    expect(appError(await failure(vera.api.qa.list({ eventId: forRegistered }))).code).toBe(
      "live.registrationRequired",
    );
    expect(appError(await failure(pending.api.qa.list({ eventId: forRegistered }))).code).toBe(
      "live.approvalRequired",
    );
    expect(appError(await failure(ask(pending, forRegistered, "Let me in"))).code).toBe(
      "live.approvalRequired",
    );
    const draft = await newWebinar({ status: "draft" });
    for (const eventId of [draft, crypto.randomUUID()]) {
      expect((await failure(vera.api.qa.list({ eventId }))).code).toBe("NOT_FOUND");
      expect((await failure(ask(vera, eventId, "Hello?"))).code).toBe("NOT_FOUND");
    }
    expect((await host.api.qa.list({ eventId: draft })).canModerate).toBe(true);
  });

  run("keeps markup as plain text and refuses empty or overlong questions", async () => {
    const eventId = await newWebinar();
    const vera = await t.signedIn();
    const markup = "<img src=x onerror=alert(1)> & <i>why</i>?";
    expect((await ask(vera, eventId, markup)).body).toBe(markup);
    expect((await ask(vera, eventId, "x".repeat(500))).body).toHaveLength(500);
    for (const body of ["", "   ", "x".repeat(501)]) {
      const error = await failure(ask(vera, eventId, body));
      expect(error.code).toBe("BAD_REQUEST");
      expect(appError(error).fields?.body?.code).toBe(body.length > 500 ? "tooLong" : "required");
    }
    expect(await bodies(vera, eventId)).toEqual([markup, "x".repeat(500)]);
  });

  run("limits one person to three questions a minute per event", async () => {
    const eventId = await newWebinar();
    const other = await newWebinar();
    const quick = await t.signedIn();
    t.clock.advance(60_000 - (t.clock.now.getTime() % 60_000));
    for (let i = 1; i <= 3; i += 1) await quick.api.qa.ask({ eventId, body: `q${i}` });
    const error = await failure(quick.api.qa.ask({ eventId, body: "q4" }));
    expect(appError(error).code).toBe("rateLimited");
    expect((await quick.api.qa.ask({ eventId: other, body: "elsewhere" })).body).toBe("elsewhere");
    t.clock.advance(60_000);
    expect((await quick.api.qa.ask({ eventId, body: "q5" })).body).toBe("q5");
    expect(await bodies(quick, eventId)).toEqual(["q1", "q2", "q3", "q5"]);
  });

  run("records a visitor's question as webinar activity, not a host's", async () => {
    const eventId = await newWebinar();
    const vera = await t.signedIn();
    const question = await ask(vera, eventId, "Is there a trial?");
    await ask(host, eventId, "Seeding a question");
    await ask(organiser, eventId, "And another");
    const rows = await t.db
      .selectFrom("activity")
      .select(["user_id", "exhibitor_id", "event_id", "kind", "data", "occurred_at"])
      .where("event_id", "=", eventId)
      .execute();
    expect(rows).toEqual([
      {
        ...{ user_id: vera.userId, exhibitor_id: acme, event_id: eventId, kind: "webinar.question" },
        ...{ data: JSON.stringify({ messageId: question.id }), occurred_at: question.createdAt },
      },
    ]);
  });
});
