/**
 * The exhibitor's leads through the API: a lead from each source, contacts only with consent,
 * search, filters and sort, the card's warmth lines, status, assignee, notes, conversion, and
 * no way into another exhibitor's leads.
 */
import { TEST_ENGINES } from "@pavilion/db/testing";
import type { LeadRow, LeadsListInput } from "@pavilion/schema";
import { describe, expect } from "vitest";
import { record } from "../services/analytics/test-fixtures.ts";
import { appError, useCabinetTestApi } from "../services/cabinet/test-fixtures.ts";
import { addStaff, insertEvent } from "../services/events/test-fixtures.ts";
import { insertExhibitor } from "../services/floor/test-fixtures.ts";
import {
  formFor,
  type Person,
  type RegistrationWorld,
  registrationWorld,
  signUpIn,
} from "../services/registration/test-fixtures.ts";
import { failure, type TestApi } from "../testing/index.ts";

const card = {
  ...{ name: "Мария Соколова", company: "Вкусно", position: "Закупщик", email: "maria@example.test" },
  ...{ phone: "+7 900 123-45-67", message: "Нужен прайс", consent: true as const },
};
const DAY = 86_400_000;

describe.each(TEST_ENGINES)("an exhibitor's leads on %s", (engine) => {
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
    await t.db
      .updateTable("events")
      .set({ title_ru: "Станки с ЧПУ", title_en: "CNC machines" })
      .where("id", "=", webinar)
      .execute();
  });

  let visitors = 0;
  const visitor = (name = "Visitor") => signUpIn(t, "en", `${name} ${++visitors}`);
  const list = (input: Omit<LeadsListInput, "exhibitorId"> = {}, exhibitorId = w.acme, by = w.host) =>
    by.api.leads.list({ exhibitorId, limit: 200, ...input });
  const rowOf = async (person: Person, exhibitorId = w.acme, by = w.host): Promise<LeadRow | undefined> => {
    const leadId = await leadIdOf(person, exhibitorId);
    return (await list({}, exhibitorId, by)).rows.find((row) => row.id === leadId);
  };
  const leadIdOf = async (person: Person, exhibitorId = w.acme) => {
    await w.host.api.leads.list({ exhibitorId: w.acme, limit: 1 }); // catches the rollup up
    const lead = await t.db
      .selectFrom("leads")
      .select("id")
      .where("user_id", "=", person.userId)
      .where("exhibitor_id", "=", exhibitorId)
      .executeTakeFirst();
    return lead?.id ?? null;
  };
  const codeOf = async (promise: Promise<unknown>) => appError(await failure(promise)).code;

  /** A company of its own with one staff member, so counts are not mixed with other tests'. */
  async function company(slug: string) {
    const exhibitorId = await insertExhibitor(t.db, w.exhibitionId, { slug, floorId: await floorOf() });
    const staff = await signUpIn(t, "en", `Staff of ${slug}`);
    await addStaff(t.db, exhibitorId, staff.userId);
    return { exhibitorId, staff };
  }
  const floorOf = async () =>
    (
      await t.db
        .selectFrom("exhibitors")
        .select("floor_id")
        .where("id", "=", w.acme)
        .executeTakeFirstOrThrow()
    ).floor_id;

  run("makes a lead of a visitor who leaves contacts, with the card's contacts", async () => {
    const maria = await visitor("Maria");
    await maria.api.booth.leaveContacts({ ...card, exhibitorId: w.acme });
    expect(await rowOf(maria)).toMatchObject({
      source: "contact",
      status: "new",
      visitor: { consent: true, name: "Мария Соколова", company: "Вкусно", email: "maria@example.test" },
      warmth: 30,
      band: "warm",
      assignee: null,
      notes: 0,
    });
  });

  run("makes a lead of a registration for its webinar, with contacts only when shared", async () => {
    const quiet = await visitor("Quiet");
    await quiet.api.registration.register({ eventId: webinar, form: formFor(w, quiet) });
    expect(await rowOf(quiet)).toMatchObject({
      source: "registration",
      visitor: { consent: false, name: null, company: null, position: null, email: null, phone: null },
      warmth: 20,
    });
    const open = await visitor("Open");
    const form = formFor(w, open, { lastName: "Ёлкина", firstName: "Анна" });
    await open.api.registration.register({ eventId: webinar, form, shareContacts: true });
    expect((await rowOf(open))?.visitor).toEqual({
      consent: true,
      ...{ name: "Анна Ёлкина", company: "ООО «Станкомаш»", position: "Главный инженер" },
      ...{ email: open.email, phone: "+7 912 345-67-89" },
    });
  });

  run("makes a lead of a booked meeting and of a booth chat message, not of the team's own", async () => {
    await w.host.api.meetings.addSlots({ exhibitorId: w.acme, day: "2026-11-25", minutes: 30 });
    const [slot] = (await w.host.api.meetings.slots({ exhibitorId: w.acme })).slots;
    const booker = await visitor("Booker");
    await booker.api.meetings.book({ slotId: slot?.id ?? "" });
    expect(await rowOf(booker)).toMatchObject({ source: "meeting", warmth: 40 });

    const chatter = await visitor("Chatter");
    await chatter.api.chat.send({ exhibitorId: w.acme, body: "Здравствуйте!" });
    expect(await rowOf(chatter)).toMatchObject({ source: "chat", warmth: 5, band: "cold" });

    await w.host.api.chat.send({ exhibitorId: w.acme, body: "Добро пожаловать" });
    expect(await leadIdOf(w.host)).toBeNull();
    // A visit alone makes no lead.
    const passer = await visitor("Passer");
    await record(t.db, {
      ...{ kind: "booth.visit", occurred_at: t.clock.now.toISOString(), exhibition_id: w.exhibitionId },
      ...{ user_id: passer.userId, exhibitor_id: w.acme, data: { source: "floor" } },
    });
    expect(await leadIdOf(passer)).toBeNull();
  });

  run("hides contacts when consent is withdrawn and shows them again when given again", async () => {
    const ivan = await visitor("Ivan");
    await ivan.api.booth.leaveContacts({ ...card, name: "Иван Петров", exhibitorId: w.acme });
    const leadId = await leadIdOf(ivan);
    expect((await rowOf(ivan))?.visitor.name).toBe("Иван Петров");

    t.clock.advance(60_000);
    await ivan.api.privacy.withdrawConsent({ exhibitorId: w.acme });
    const hidden = await rowOf(ivan);
    expect(hidden?.visitor).toEqual({
      consent: false,
      ...{ name: null, company: null, position: null, email: null, phone: null },
    });
    const cardAfter = await w.host.api.leads.card({ exhibitorId: w.acme, leadId: leadId ?? "" });
    expect(cardAfter.consentGivenAt).toBeNull();
    expect(cardAfter.timeline[0]?.kind).toBe("consent.withdrawn");
    expect(await ivan.api.booth.myCard({ exhibitorId: w.acme })).toBeNull();
    expect(await codeOf(ivan.api.privacy.withdrawConsent({ exhibitorId: w.acme }))).toBe("notFound");

    t.clock.advance(60_000);
    await ivan.api.booth.leaveContacts({ ...card, name: "Иван Петров", exhibitorId: w.acme });
    expect((await rowOf(ivan))?.visitor).toMatchObject({ consent: true, name: "Иван Петров" });
    const consents = await ivan.api.privacy.myConsents();
    expect(consents.map((c) => [c.via, c.withdrawnAt === null])).toEqual([
      ["contact", true],
      ["contact", false],
    ]);
    expect(consents[0]?.exhibitorName.en).toBe("acme");
    const given = await w.host.api.leads.card({ exhibitorId: w.acme, leadId: leadId ?? "" });
    expect(given.consentGivenAt).toBe(consents[0]?.givenAt);
  });

  run("finds leads by name, company, e-mail or phone, never by hidden contacts", async () => {
    const { exhibitorId, staff } = await company("searchable");
    const open = await visitor("Open");
    await open.api.booth.leaveContacts({ ...card, name: "Ёлкина Ольга", company: "Север", exhibitorId });
    const secret = await visitor("Secret");
    await secret.api.booth.leaveContacts({ ...card, name: "Тайная Особа", company: "Север", exhibitorId });
    await secret.api.privacy.withdrawConsent({ exhibitorId });
    const names = async (search: string) =>
      (await list({ search }, exhibitorId, staff)).rows.map((row) => row.visitor.name);
    expect(await names("ЕЛКИНА")).toEqual(["Ёлкина Ольга"]);
    expect(await names("север")).toEqual(["Ёлкина Ольга"]);
    expect(await names("MARIA@EXAMPLE")).toEqual(["Ёлкина Ольга"]);
    expect(await names("8 (900) 123 45 67".slice(2))).toEqual(["Ёлкина Ольга"]);
    expect(await names("Тайная")).toEqual([]);
    expect((await list({ search: "Особа" }, exhibitorId, staff)).total).toBe(0);
    // The hidden lead is still in the table, without a name.
    expect((await list({}, exhibitorId, staff)).total).toBe(2);
  });

  run("filters by warmth band, source, status, day and assignee, and sorts", async () => {
    const { exhibitorId, staff } = await company("filtered");
    const at = t.clock.now.toISOString();
    const hot = await visitor("Hot");
    const warm = await visitor("Warm");
    const cold = await visitor("Cold");
    await hot.api.booth.leaveContacts({ ...card, name: "Hot Person", exhibitorId });
    await record(t.db, {
      ...{ kind: "meeting.booked", occurred_at: at, exhibition_id: w.exhibitionId },
      ...{ user_id: hot.userId, exhibitor_id: exhibitorId },
    });
    t.clock.advance(DAY);
    await warm.api.booth.leaveContacts({ ...card, name: "Warm Person", exhibitorId });
    t.clock.advance(DAY);
    await cold.api.chat.send({ exhibitorId, body: "?" });
    const byWarmth = await list({}, exhibitorId, staff);
    const [hotRow, warmRow, coldRow] = byWarmth.rows;
    expect(byWarmth.rows.map((row) => row.band)).toEqual(["hot", "warm", "cold"]);
    expect([hotRow?.id, warmRow?.id, coldRow?.id]).toEqual([
      await leadIdOf(hot, exhibitorId),
      await leadIdOf(warm, exhibitorId),
      await leadIdOf(cold, exhibitorId),
    ]);
    const ids = async (input: Omit<LeadsListInput, "exhibitorId">) =>
      (await list(input, exhibitorId, staff)).rows.map((row) => row.id);
    expect(await ids({ warmth: ["hot"] })).toEqual([hotRow?.id]);
    expect(await ids({ warmth: ["cold", "hot"] })).toEqual([hotRow?.id, coldRow?.id]);
    expect(await ids({ warmth: ["warm", "cold"], direction: "asc" })).toEqual([coldRow?.id, warmRow?.id]);
    expect(await ids({ source: ["chat"] })).toEqual([coldRow?.id]);
    expect(await ids({ sort: "created", direction: "asc" })).toEqual([hotRow?.id, warmRow?.id, coldRow?.id]);
    expect(await ids({ sort: "lastActivity" })).toEqual([coldRow?.id, warmRow?.id, hotRow?.id]);
    // Without consent there is no name to sort by: last.
    expect(await ids({ sort: "name", direction: "asc" })).toEqual([hotRow?.id, warmRow?.id, coldRow?.id]);
    expect(await ids({ sort: "name", direction: "desc" })).toEqual([warmRow?.id, hotRow?.id, coldRow?.id]);
    // Days in the exhibition's zone (Moscow): the warm lead came on 24 November.
    const day = (offset: number) => new Date(Date.parse(at) + offset * DAY).toISOString().slice(0, 10);
    expect(await ids({ from: day(1), to: day(1) })).toEqual([warmRow?.id]);
    expect(await ids({ from: day(1) })).toEqual([warmRow?.id, coldRow?.id]);

    await staff.api.leads.update({ exhibitorId, leadId: warmRow?.id ?? "", status: "contacted" });
    await staff.api.leads.update({ exhibitorId, leadId: coldRow?.id ?? "", assigneeId: staff.userId });
    expect(await ids({ status: ["contacted"] })).toEqual([warmRow?.id]);
    expect(await ids({ status: ["new"] })).toEqual([hotRow?.id, coldRow?.id]);
    expect(await ids({ assigneeId: staff.userId })).toEqual([coldRow?.id]);
    const page = await list({ offset: 1, limit: 1 }, exhibitorId, staff);
    expect(page).toMatchObject({ total: 3, rows: [{ id: warmRow?.id }] });
  });

  run(
    "explains the warmth line by line, adding up to the row's, with materials and events named",
    async () => {
      const anna = await visitor("Anna");
      const materialId = crypto.randomUUID();
      await t.db
        .insertInto("materials")
        .values({
          ...{ id: materialId, exhibitor_id: w.acme, kind: "link", file_id: null, url: "https://x.test" },
          ...{ file_name: null, title_ru: "Прайс-лист", title_en: "Price list", description_ru: "" },
          ...{ description_en: "", position: 0, published: 1, created_at: "2026-11-01T00:00:00.000Z" },
        })
        .execute();
      const at = (ms: number) => new Date(t.clock.now.getTime() + ms).toISOString();
      await record(
        t.db,
        ...[
          { kind: "booth.visit", occurred_at: at(0), data: { source: "floor" } },
          { kind: "material.download", occurred_at: at(60_000), material_id: materialId },
          { kind: "booth.left", occurred_at: at(600_000), data: { seconds: 600 } },
        ].map((row) => ({
          ...row,
          exhibition_id: w.exhibitionId,
          user_id: anna.userId,
          exhibitor_id: w.acme,
        })),
      );
      t.clock.advance(700_000);
      await anna.api.registration.register({ eventId: webinar, form: formFor(w, anna) });
      t.clock.advance(3 * DAY);
      const leadId = (await leadIdOf(anna)) ?? "";
      const leadCard = await w.host.api.leads.card({ exhibitorId: w.acme, leadId });
      expect(
        leadCard.warmthLines.map((line) => [line.kind, line.basePoints, line.subject?.en ?? null]),
      ).toEqual([
        ["event.registered", 20, "CNC machines"],
        ["booth.minute", 10, null],
        ["material.download", 15, "Price list"],
        ["booth.visit", 3, null],
      ]);
      const sum = leadCard.warmthLines.reduce((total, line) => total + line.points, 0);
      expect(Math.abs(sum - leadCard.warmth)).toBeLessThanOrEqual(0.2);
      expect(leadCard.warmth).toBeLessThan(48);
      expect(leadCard.halfLifeDays).toBe(14);
      expect(leadCard.timeline.map((item) => item.kind)).toEqual([
        "event.registered",
        "booth.left",
        "material.download",
        "booth.visit",
      ]);
      expect(leadCard.timeline[1]?.minutes).toBe(10);
      expect((await rowOf(anna))?.warmth).toBe(leadCard.warmth);
    },
  );

  run("sets status and assignee from the team only, and keeps notes with their authors", async () => {
    const bob = await visitor("Bob");
    await bob.api.chat.send({ exhibitorId: w.acme, body: "Цена?" });
    const leadId = (await leadIdOf(bob)) ?? "";
    const refused = w.host.api.leads.update({ exhibitorId: w.acme, leadId, assigneeId: w.otherHost.userId });
    expect(await codeOf(refused)).toBe("leads.assigneeNotMember");
    expect(
      await codeOf(w.host.api.leads.update({ exhibitorId: w.acme, leadId, assigneeId: bob.userId })),
    ).toBe("leads.assigneeNotMember");
    const updated = await w.host.api.leads.update({
      ...{ exhibitorId: w.acme, leadId, status: "qualified", assigneeId: w.host.userId },
    });
    expect(updated).toMatchObject({
      status: "qualified",
      assignee: { id: w.host.userId, name: "Hanna Host" },
    });
    const stored = await t.db
      .selectFrom("leads")
      .select("status_changed_at")
      .where("id", "=", leadId)
      .executeTakeFirstOrThrow();
    expect(stored.status_changed_at).toBe(t.clock.now.toISOString());
    const unassigned = await w.host.api.leads.update({ exhibitorId: w.acme, leadId, assigneeId: null });
    expect(unassigned.assignee).toBeNull();

    await w.host.api.leads.addNote({ exhibitorId: w.acme, leadId, body: "Позвонить в понедельник" });
    t.clock.advance(1_000);
    const noted = await w.host.api.leads.addNote({ exhibitorId: w.acme, leadId, body: "Отправил КП" });
    expect(noted.notesList.map((note) => [note.author, note.body])).toEqual([
      ["Hanna Host", "Отправил КП"],
      ["Hanna Host", "Позвонить в понедельник"],
    ]);
    expect(noted.notes).toBe(2);
    const empty = w.host.api.leads.addNote({ exhibitorId: w.acme, leadId, body: "   " });
    expect(appError(await failure(empty)).code).toBe("validation.invalid");
  });

  run("counts the conversion: leads, qualified or won, won, lost", async () => {
    const { exhibitorId, staff } = await company("converted");
    const statuses = ["new", "qualified", "won", "won", "lost"] as const;
    for (const status of statuses) {
      const person = await visitor("Funnel");
      await person.api.chat.send({ exhibitorId, body: "Hello" });
      const leadId = (await leadIdOf(person, exhibitorId)) ?? "";
      if (status !== "new") await staff.api.leads.update({ exhibitorId, leadId, status });
    }
    expect(await staff.api.leads.conversion({ exhibitorId })).toEqual({
      leads: 5,
      qualified: 3,
      won: 2,
      lost: 1,
    });
  });

  run("lets no one else see or touch the exhibitor's leads", async () => {
    const eve = await visitor("Eve");
    await eve.api.booth.leaveContacts({ ...card, exhibitorId: w.acme });
    const leadId = (await leadIdOf(eve)) ?? "";
    const other = w.otherHost;
    const stranger = await visitor("Stranger");
    for (const [by, expected] of [
      [other, "FORBIDDEN"],
      [stranger, "FORBIDDEN"],
      [t.browser(), "UNAUTHORIZED"],
    ] as const) {
      const scope = { exhibitorId: w.acme, leadId };
      const calls = [
        () => by.api.leads.list({ exhibitorId: w.acme }),
        () => by.api.leads.card(scope),
        () => by.api.leads.update({ ...scope, status: "lost" }),
        () => by.api.leads.addNote({ ...scope, body: "mine now" }),
        () => by.api.leads.conversion({ exhibitorId: w.acme }),
      ];
      for (const call of calls) expect((await failure(call())).code).toBe(expected);
    }
    // Naming their own exhibitor with acme's lead: as if the lead did not exist.
    const theirs = { exhibitorId: w.other, leadId };
    for (const call of [
      () => other.api.leads.card(theirs),
      () => other.api.leads.update({ ...theirs, status: "lost" }),
      () => other.api.leads.addNote({ ...theirs, body: "mine now" }),
    ]) {
      expect((await failure(call())).code).toBe("NOT_FOUND");
    }
    expect((await other.api.leads.list({ exhibitorId: w.other })).rows.map((row) => row.id)).not.toContain(
      leadId,
    );
    const stored = await t.db
      .selectFrom("leads")
      .select("status")
      .where("id", "=", leadId)
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe("new");
    expect(await t.db.selectFrom("lead_notes").select("id").where("lead_id", "=", leadId).execute()).toEqual(
      [],
    );
  });
});
