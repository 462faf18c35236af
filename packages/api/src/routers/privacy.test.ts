/** A visitor's own data through the API: their activity, their consents, and deleting it all. */
import { TEST_ENGINES } from "@pavilion/db/testing";
import { describe, expect } from "vitest";
import { record } from "../services/analytics/test-fixtures.ts";
import { appError, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import { insertEvent } from "../services/events/test-fixtures.ts";
import {
  formFor,
  type RegistrationWorld,
  registrationWorld,
  signUpIn,
} from "../services/registration/test-fixtures.ts";
import { failure, type TestApi } from "../testing/index.ts";

const card = {
  ...{ name: "Пётр Орлов", company: "Орёл", position: "Директор", email: "petr@example.test" },
  ...{ phone: "+7 900 555-55-55", message: "", consent: true as const },
};

describe.each(TEST_ENGINES)("a visitor's own data on %s", (engine) => {
  let t: TestApi;
  let w: RegistrationWorld;
  let webinar: string;
  const run = useCabinetTestApi(engine, async (api) => {
    t = api.t;
    w = await registrationWorld(api);
    webinar = await insertEvent(t.db, w.exhibitionId, {
      exhibitorId: w.acme,
      startsAt: "2026-11-27T07:00:00.000Z",
      endsAt: "2026-11-27T08:00:00.000Z",
    });
  });
  let people = 0;
  const person = () => signUpIn(t, "en", `Person ${++people}`);

  run("lists the person's own activity, newest first, with exhibitors and subjects, in pages", async () => {
    const me = await person();
    const someoneElse = await person();
    await record(
      t.db,
      ...[me.userId, me.userId, someoneElse.userId].map((userId, i) => ({
        ...{ kind: "booth.visit", occurred_at: new Date(t.clock.now.getTime() + i).toISOString() },
        ...{ exhibition_id: w.exhibitionId, user_id: userId, exhibitor_id: w.acme, data: { source: "plan" } },
      })),
    );
    t.clock.advance(1_000);
    await me.api.registration.register({ eventId: webinar, form: formFor(w, me) });
    const first = await me.api.privacy.myActivity({ limit: 2 });
    expect(first.total).toBe(3);
    expect(first.items.map((item) => [item.kind, item.exhibitorName?.en, item.subject?.en ?? null])).toEqual([
      ["event.registered", "acme", "Webinar"],
      ["booth.visit", "acme", null],
    ]);
    const second = await me.api.privacy.myActivity({ offset: 2, limit: 2 });
    expect(second.items.map((item) => item.kind)).toEqual(["booth.visit"]);
  });

  run("lists consents given at a booth and by registering, and withdraws one", async () => {
    const me = await person();
    await me.api.booth.leaveContacts({ ...card, exhibitorId: w.acme });
    t.clock.advance(1_000);
    await me.api.registration.register({ eventId: webinar, form: formFor(w, me), shareContacts: true });
    const before = await me.api.privacy.myConsents();
    expect(before.map((c) => [c.via, c.exhibitorId, c.withdrawnAt])).toEqual([
      ["registration", w.acme, null],
      ["contact", w.acme, null],
    ]);
    await me.api.privacy.withdrawConsent({ exhibitorId: w.acme });
    const after = await me.api.privacy.myConsents();
    expect(after.every((c) => c.withdrawnAt === t.clock.now.toISOString())).toBe(true);
    const lead = await w.host.api.leads.list({ exhibitorId: w.acme, search: "Орлов" });
    expect(lead.total).toBe(0);
    // Someone else's consent is not the caller's to withdraw.
    expect(appError(await failure(w.host.api.privacy.withdrawConsent({ exhibitorId: w.acme }))).code).toBe(
      "notFound",
    );
  });

  run("refuses to delete the data without the right password", async () => {
    const me = await person();
    const refused = await failure(me.api.privacy.deleteMyData({ password: "not my password" }));
    expect(appError(refused).code).toBe("privacy.passwordWrong");
    expect(refused.message).toMatch(/password/i);
    expect(await me.api.auth.me()).toMatchObject({ id: me.userId });
  });

  run("deletes the account and what it left, signs the person out, and keeps the counts", async () => {
    const me = await person();
    await me.api.booth.leaveContacts({ ...card, exhibitorId: w.acme });
    await me.api.registration.register({ eventId: webinar, form: formFor(w, me), shareContacts: true });
    await me.api.visitor.addBookmark({ exhibitorId: w.acme });
    await w.host.api.meetings.addSlots({ exhibitorId: w.acme, day: "2026-11-26", minutes: 30 });
    const [slot] = (await w.host.api.meetings.slots({ exhibitorId: w.acme })).slots.filter(
      (s) => s.startsAt.startsWith("2026-11-26") && s.booking === null,
    );
    await me.api.meetings.book({ slotId: slot?.id ?? "" });
    const leads = await w.host.api.leads.list({ exhibitorId: w.acme, limit: 200 });
    const mine = leads.rows.find((row) => row.visitor.email === "petr@example.test");
    expect(mine).toBeDefined();
    await w.host.api.leads.addNote({ exhibitorId: w.acme, leadId: mine?.id ?? "", body: "Call back" });
    const activityBefore = await t.db.selectFrom("activity").select("id").execute();

    await me.api.privacy.deleteMyData({ password: "correct horse battery" });

    expect(me.cookie()).toBeNull();
    expect(await me.api.auth.me()).toBeNull();
    const signIn = me.api.auth.signIn({ email: me.email, password: "correct horse battery" });
    expect(appError(await failure(signIn)).code).toBe("auth.invalidCredentials");
    const after = await w.host.api.leads.list({ exhibitorId: w.acme, limit: 200 });
    expect(after.rows.map((row) => row.id)).not.toContain(mine?.id);
    const left = async (table: "consents" | "contact_cards" | "registrations" | "bookmarks" | "sessions") =>
      (await t.db.selectFrom(table).select("user_id").where("user_id", "=", me.userId).execute()).length;
    for (const table of ["consents", "contact_cards", "registrations", "bookmarks", "sessions"] as const) {
      expect(await left(table), table).toBe(0);
    }
    expect(
      await t.db.selectFrom("registrations").select("id").where("email", "=", me.email).execute(),
    ).toEqual([]);
    expect(
      await t.db
        .selectFrom("lead_notes")
        .select("id")
        .where("lead_id", "=", mine?.id ?? "")
        .execute(),
    ).toEqual([]);
    const freed = await t.db
      .selectFrom("meeting_slots")
      .select(["booked_by", "event_id"])
      .where("id", "=", slot?.id ?? "")
      .executeTakeFirstOrThrow();
    expect(freed).toEqual({ booked_by: null, event_id: null });
    // The fair's numbers still count what the person did, without the person.
    const activityAfter = await t.db.selectFrom("activity").select(["id", "user_id"]).execute();
    expect(activityAfter.length).toBeGreaterThanOrEqual(activityBefore.length);
    expect(activityAfter.some((row) => row.user_id === me.userId)).toBe(false);
  });
});
